package main

import (
	"os"
	"syscall"
)

// pipeSize is the capacity asked for a pipe on standard output.
const pipeSize = 1 << 20

// growPipe asks the kernel for a larger buffer when f is a pipe, so that
// a large output goes to the reader in a few large writes instead of many
// 64 KiB ones, each waiting for the reader to wake. It does nothing when
// f is not a pipe or the kernel refuses.
func growPipe(f *os.File) {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		return
	}
	const fSetPipeSz = 1031 // F_SETPIPE_SZ
	syscall.Syscall(syscall.SYS_FCNTL, f.Fd(), fSetPipeSz, pipeSize)
}
