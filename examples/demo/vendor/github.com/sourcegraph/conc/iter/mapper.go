// Stub of github.com/sourcegraph/conc/iter embedded in goroutinectx: declarations only.

package iter

// Mapper is an Iterator with a result type R. It can be used to configure the
// behaviour of Map and MapErr. The zero value is safe to use with reasonable
// defaults.
type Mapper[T, R any] Iterator[T]

// Map applies f to each element of input, returning the mapped result.
func Map[T, R any](input []T, f func(*T) R) []R { panic("stub") }

// Map applies f to each element of input, returning the mapped result.
func (m Mapper[T, R]) Map(input []T, f func(*T) R) []R { panic("stub") }

// MapErr applies f to each element of the input, returning the mapped result
// and a combined error of all returned errors.
func MapErr[T, R any](input []T, f func(*T) (R, error)) ([]R, error) { panic("stub") }

// MapErr applies f to each element of the input, returning the mapped result
// and a combined error of all returned errors.
func (m Mapper[T, R]) MapErr(input []T, f func(*T) (R, error)) ([]R, error) { panic("stub") }
