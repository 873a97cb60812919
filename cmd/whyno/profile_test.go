package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStartProfile writes a CPU profile when asked and nothing otherwise.
func TestStartProfile(t *testing.T) {
	startProfile("")() // unset: a no-op
	path := filepath.Join(t.TempDir(), "cpu.prof")
	stop := startProfile(path)
	for i := 0; i < 1e6; i++ {
		_ = filepath.Base("a/b")
	}
	stop()
	st, err := os.Stat(path)
	if err != nil || st.Size() == 0 {
		t.Fatalf("profile %s: %v, %v", path, st, err)
	}
}
