# whyno: thin aliases over the go tool. duckdb-go's Arrow API needs the
# duckdb_arrow build tag, so every build, test and vet uses it.
GO      ?= go
TAGS    := -tags duckdb_arrow
PKGS    := ./...
OUT     ?= out
FUZZTIME ?= 10s

.PHONY: all build test test-short vet fmt fmt-check lint bench bench-memory demo update-golden fuzz ci clean

all: build

build:
	$(GO) build $(TAGS) -o bin/whyno ./cmd/whyno

test: vet fmt-check
	$(GO) test $(TAGS) -count=1 $(PKGS)

test-short:
	$(GO) test $(TAGS) -short $(PKGS)

vet:
	$(GO) vet $(TAGS) $(PKGS)

fmt:
	gofmt -s -w $$(git ls-files '*.go')

fmt-check:
	@out=$$(gofmt -s -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt -s would change:"; echo "$$out"; exit 1; fi

# Benchmarks of the bars: ingest (CSV vs DuckDB's read_csv, XLSX rows/s),
# classification (notes/s), the report on 1M calls. Figures are recorded in
# docs/benchmarks.md.
bench: build
	$(GO) test $(TAGS) -run '^$$' -bench . -benchmem -benchtime 3x ./pipeline/warehouse/
	$(GO) test $(TAGS) -run '^$$' -bench . -benchmem ./pipeline/source/xlsx/ ./pipeline/classify/...
	$(GO) test $(TAGS) -run '^$$' -bench 'Write|Build|Render' -benchmem -benchtime 3x ./reports/

# Peak resident memory while ingesting (and classifying) 10M CSV rows; bar 1 GiB.
bench-memory:
	WHYNO_BENCH_MEMORY=1 $(GO) test $(TAGS) -count=1 -v -timeout 60m -run TestIngestMemory ./pipeline/warehouse/

# The main job on built-in data: a synthetic year of calls, ingested and reported into $(OUT).
demo: build
	./bin/whyno demo --out $(OUT)

update-golden:
	$(GO) test $(TAGS) $(PKGS) -run . -update

# A short, fixed-time run of each parser's fuzz target (CI runs it after the
# tests; go test -fuzz takes one target per invocation). The seed corpora
# also run in every plain `make test`. .ci/fuzz-one tells a finding from Go's
# own race at the fuzztime deadline.
FUZZ_TARGETS := \
	./pipeline/warehouse/:FuzzIngest \
	./pipeline/warehouse/:FuzzIngestXLSX \
	./pipeline/source/:FuzzSniff \
	./pipeline/source/:FuzzParseTime \
	./pipeline/source/:FuzzParseNumber \
	./pipeline/source/:FuzzBlankLines \
	./pipeline/source/:FuzzParseMapping \
	./pipeline/source/xlsx/:FuzzRows \
	./pipeline/classify/:FuzzClassify \
	./pipeline/classify/when/:FuzzResolve

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		GO=$(GO) .ci/fuzz-one $${t%%:*} $${t##*:} $(FUZZTIME) $(TAGS); \
	done

ci: test

clean:
	rm -rf bin $(OUT)
