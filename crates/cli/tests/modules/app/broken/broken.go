package broken

import "context"

func Broken(ctx context.Context) {
	if {
	}
}
