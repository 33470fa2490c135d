// Stub of github.com/samber/lo used by the gotask fixtures: declarations only.

// Package lo provides generic slice helpers.
package lo

// Map manipulates a slice and transforms it to a slice of another type.
func Map[T any, R any](collection []T, iteratee func(item T, index int) R) []R {
	result := make([]R, len(collection))
	for i, item := range collection {
		result[i] = iteratee(item, i)
	}
	return result
}

// ForEach iterates over elements of a collection and invokes iteratee for each element.
func ForEach[T any](collection []T, iteratee func(item T, index int)) {
	for i, item := range collection {
		iteratee(item, i)
	}
}
