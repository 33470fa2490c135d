// Package iter has conc's iter package name, function names and shapes, but its import path is
// "spawnapievil/github.com/sourcegraph/conc/iter": it only ends like conc's path (SPEC §3.0.3:
// the declaring path must equal the spec path or extend it with /v<digit>).
package iter

// ForEach runs f on each element, sequentially.
func ForEach[T any](input []T, f func(*T)) {
	for i := range input {
		f(&input[i])
	}
}

// Map maps sequentially.
func Map[T, R any](input []T, f func(*T) R) []R {
	out := make([]R, 0, len(input))
	for i := range input {
		out = append(out, f(&input[i]))
	}
	return out
}
