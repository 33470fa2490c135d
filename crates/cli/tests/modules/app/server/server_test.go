package server

import (
	"context"
	"testing"
)

func TestServe(t *testing.T) {
	Serve(context.Background(), nil)
}
