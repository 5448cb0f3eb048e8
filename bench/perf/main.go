// Command perf measures vnplan as users run it, as whole processes, and
// prints the figures of the README's performance section:
//
//   - vnplan parse -f json against goldmark converting the same bytes from
//     Markdown to HTML, on the sample repeated to about 10 MB: interleaved
//     runs, medians, the ratio, MB/s and peak memory;
//   - the time of the 10 MB input against a 1 MB one (linear growth);
//   - batch mode on 1,000 copies of the sample with 1 and 2 workers, and
//     the same work done by one process per file.
//
// Run it from the repository root:
//
//	go run ./bench/perf            # all measurements
//	go run ./bench/perf -runs 9    # more runs per median
//	go run ./bench/perf -skip-batch
//
// Absolute times vary between machines and runs; compare the ratios taken
// in one run.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 5, "runs of each program, interleaved; the median is reported")
	copies := flag.Int("copies", 1000, "documents in the batch measurement")
	skipBatch := flag.Bool("skip-batch", false, "skip the batch measurements")
	seed := flag.String("seed", "seeds/000_a0ddf91c7c9a8c05.txt", "the sample document")
	flag.Parse()
	log.SetFlags(0)

	dir, err := os.MkdirTemp("", "vnplan-perf-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	vnplan := build(dir, "vnplan", "./cmd/vnplan")
	goldmark := build(dir, "goldmark", "./bench/goldmark")

	sample, err := os.ReadFile(*seed)
	if err != nil {
		log.Fatal(err)
	}
	big := write(dir, "10mb.txt", bytes.Repeat(sample, 130))
	small := write(dir, "1mb.txt", bytes.Repeat(sample, 13))
	bigSize := float64(len(sample) * 130)

	fmt.Printf("machine: %s/%s, %d CPUs, %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
	fmt.Printf("input: %s repeated 130 times (%.2f MB)\n\n", filepath.Base(*seed), bigSize/1e6)

	// Interleaved runs of vnplan and goldmark on the 10 MB input, and of
	// vnplan on the 1 MB input.
	var vn, gm, vnSmall []result
	for i := 0; i < *runs; i++ {
		vn = append(vn, runCmd(vnplan, "parse", "-f", "json", big))
		gm = append(gm, runCmd(goldmark, big))
		vnSmall = append(vnSmall, runCmd(vnplan, "parse", "-f", "json", small))
	}
	v, g, s := median(vn), median(gm), median(vnSmall)
	fmt.Println("| program (10 MB input) | wall median | CPU median | MB/s | peak memory | ratio to goldmark |")
	fmt.Println("|---|---|---|---|---|---|")
	fmt.Printf("| goldmark Convert to HTML | %.3f s | %.3f s | %.1f | %.0f MiB | 1.00 |\n", g.wall.Seconds(), g.cpu.Seconds(), bigSize/1e6/g.wall.Seconds(), g.maxRSS/1024)
	fmt.Printf("| vnplan parse -f json | %.3f s | %.3f s | %.1f | %.0f MiB | %.2f |\n", v.wall.Seconds(), v.cpu.Seconds(), bigSize/1e6/v.wall.Seconds(), v.maxRSS/1024, v.wall.Seconds()/g.wall.Seconds())
	fmt.Println()
	fmt.Printf("linear growth: 10 MB takes %.2f times the 1 MB input (%.3f s / %.3f s; at most 12 wanted)\n",
		v.wall.Seconds()/s.wall.Seconds(), v.wall.Seconds(), s.wall.Seconds())
	fmt.Printf("peak memory: %.1f times the input size (at most 12 wanted)\n\n", v.maxRSS*1024/bigSize)

	if *skipBatch {
		return
	}
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		log.Fatal(err)
	}
	var files []string
	for i := 0; i < *copies; i++ {
		files = append(files, write(docs, fmt.Sprintf("plan-%04d.txt", i), sample))
	}
	out := filepath.Join(dir, "out")
	var j1, j2, procs []result
	for i := 0; i < max(*runs/2, 1); i++ {
		os.RemoveAll(out)
		j1 = append(j1, runCmd(vnplan, "parse", "-q", "-j", "1", "-o", out, docs))
		os.RemoveAll(out)
		j2 = append(j2, runCmd(vnplan, "parse", "-q", "-j", "2", "-o", out, docs))
		os.RemoveAll(out)
		os.MkdirAll(out, 0o755)
		start := time.Now()
		for _, f := range files {
			r := runCmd(vnplan, "parse", "-o", filepath.Join(out, filepath.Base(f)+".json"), f)
			_ = r
		}
		procs = append(procs, result{wall: time.Since(start)})
	}
	a, b, c := median(j1), median(j2), median(procs)
	fmt.Printf("| batch of %d copies of the sample | wall median | documents/s |\n", *copies)
	fmt.Println("|---|---|---|")
	fmt.Printf("| vnplan parse -j 1 -o DIR | %.2f s | %.0f |\n", a.wall.Seconds(), float64(*copies)/a.wall.Seconds())
	fmt.Printf("| vnplan parse -j 2 -o DIR | %.2f s | %.0f |\n", b.wall.Seconds(), float64(*copies)/b.wall.Seconds())
	fmt.Printf("| one vnplan process per file | %.2f s | %.0f |\n", c.wall.Seconds(), float64(*copies)/c.wall.Seconds())
	fmt.Println()
	fmt.Printf("2 workers against 1: %.2f times faster (at least 1.5 wanted)\n", a.wall.Seconds()/b.wall.Seconds())
	fmt.Printf("batch against one process per file: %.2f times faster (at least 3 wanted)\n", c.wall.Seconds()/b.wall.Seconds())
}

// result is one run of a program.
type result struct {
	wall   time.Duration
	cpu    time.Duration // user and system time
	maxRSS float64       // KiB
}

// build compiles a package of the module into dir.
func build(dir, name, pkg string) string {
	bin := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", bin, pkg)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("building %s: %v", pkg, err)
	}
	return bin
}

// write writes a file and returns its path.
func write(dir, name string, data []byte) string {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		log.Fatal(err)
	}
	return p
}

// runCmd runs a program with its output discarded and returns its wall
// time and peak resident memory.
func runCmd(bin string, args ...string) result {
	cmd := exec.Command(bin, args...)
	// The output goes to /dev/null, as hyperfine sends it by default:
	// the programs write it all, and no reader process competes with
	// them for the cores.
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		log.Fatal(err)
	}
	defer null.Close()
	cmd.Stdout = null
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		log.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, stderr.String())
	}
	r := result{wall: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = float64(ru.Maxrss)
	}
	r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return r
}

// median returns the median wall time, the median CPU time and the median
// peak memory of rs, each taken apart.
func median(rs []result) result {
	w := append([]result(nil), rs...)
	sort.Slice(w, func(i, j int) bool { return w[i].wall < w[j].wall })
	c := append([]result(nil), rs...)
	sort.Slice(c, func(i, j int) bool { return c[i].cpu < c[j].cpu })
	m := append([]result(nil), rs...)
	sort.Slice(m, func(i, j int) bool { return m[i].maxRSS < m[j].maxRSS })
	return result{wall: w[len(w)/2].wall, cpu: c[len(c)/2].cpu, maxRSS: m[len(m)/2].maxRSS}
}
