// Command vnplan turns Vietnamese administrative plan documents into
// structured data: every section, task, target, deadline and citation, in
// a tree with stable ids and source positions.
//
// Usage:
//
//	vnplan parse [flags] FILE|DIR|-...   parse documents and print or write them
//	vnplan tasks [--agency NAME] FILE    list the tasks of a document, or of one agency
//	vnplan agencies FILE                 list the agencies of a document with their tasks
//	vnplan version                       print the version
//	vnplan help [COMMAND]                print help
//
// Run "vnplan help parse" for the flags of parse. Exit status is 0 on
// success, 1 when an input cannot be read or parsed or the output cannot
// be written, and 2 on usage errors.
package main

import (
	"os"
)

func main() {
	growPipe(os.Stdout)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
