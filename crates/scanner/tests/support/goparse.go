// goparse reads file paths, one per line, from stdin and prints the ones go/parser rejects
// (parsed as gofmt parses: comments kept, no object resolution), one per line. It is the
// reference the syntax recognizer's differential tests compare against.
package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"runtime"
	"sync"
)

func main() {
	var paths []string
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		if p := in.Text(); p != "" {
			paths = append(paths, p)
		}
	}
	bad := make([]bool, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				src, err := os.ReadFile(paths[i])
				if err == nil {
					_, err = parser.ParseFile(token.NewFileSet(), paths[i], src, parser.ParseComments|parser.SkipObjectResolution)
				}
				bad[i] = err != nil
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i, p := range paths {
		if bad[i] {
			fmt.Fprintln(out, p)
		}
	}
}
