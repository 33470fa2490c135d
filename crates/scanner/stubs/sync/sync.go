// Stub of sync embedded in goroutinectx: declarations only.

// Package sync provides basic synchronization primitives such as mutual
// exclusion locks.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()         { panic("stub") }
func (m *Mutex) TryLock() bool { panic("stub") }
func (m *Mutex) Unlock()       { panic("stub") }

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	readerCount int32
}

func (rw *RWMutex) RLock()          { panic("stub") }
func (rw *RWMutex) TryRLock() bool  { panic("stub") }
func (rw *RWMutex) RUnlock()        { panic("stub") }
func (rw *RWMutex) Lock()           { panic("stub") }
func (rw *RWMutex) TryLock() bool   { panic("stub") }
func (rw *RWMutex) Unlock()         { panic("stub") }
func (rw *RWMutex) RLocker() Locker { panic("stub") }

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) { panic("stub") }

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() { panic("stub") }

// OnceValue returns a function that invokes f only once and returns its value.
func OnceValue[T any](f func() T) func() T { panic("stub") }

// OnceValues returns a function that invokes f only once and returns its values.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) { panic("stub") }

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any
}

func (p *Pool) Put(x any) { panic("stub") }
func (p *Pool) Get() any  { panic("stub") }

// Map is like a Go map[any]any but is safe for concurrent use.
type Map struct {
	mu Mutex
}

func (m *Map) Load(key any) (value any, ok bool)                    { panic("stub") }
func (m *Map) Store(key, value any)                                 { panic("stub") }
func (m *Map) Clear()                                               { panic("stub") }
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) { panic("stub") }
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)       { panic("stub") }
func (m *Map) Delete(key any)                                       { panic("stub") }
func (m *Map) Swap(key, value any) (previous any, loaded bool)      { panic("stub") }
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)      { panic("stub") }
func (m *Map) CompareAndDelete(key, old any) (deleted bool)         { panic("stub") }
func (m *Map) Range(f func(key, value any) bool)                    { panic("stub") }

// Cond implements a condition variable.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { panic("stub") }

func (c *Cond) Wait()      { panic("stub") }
func (c *Cond) Signal()    { panic("stub") }
func (c *Cond) Broadcast() { panic("stub") }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup task counter.
func (wg *WaitGroup) Add(delta int) { panic("stub") }

// Done decrements the WaitGroup task counter by one.
func (wg *WaitGroup) Done() { panic("stub") }

// Wait blocks until the WaitGroup task counter is zero.
func (wg *WaitGroup) Wait() { panic("stub") }

// Go calls f in a new goroutine and adds that task to the WaitGroup (Go 1.25).
func (wg *WaitGroup) Go(f func()) { panic("stub") }
