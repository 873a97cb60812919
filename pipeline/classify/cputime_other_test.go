//go:build !unix

package classify

import "time"

// cpuTime is not measured on this platform; benchmarks skip the CPU metric.
func cpuTime() time.Duration { return 0 }
