# Leian: `make run` builds, ingests ../shared/data and serves on :8080; `make test` runs every test.
GO        ?= go
BIN       := bin/leian
export LEIAN_DATA ?= $(abspath ../shared/data)
export LEIAN_HOME ?= $(abspath var)
# The Postgres conformance tests run against the local server; CI requires it.
export LEIAN_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build run serve ingest index test test-short eval bench lint fuzz clean

# -buildvcs=auto overrides a GOFLAGS=-buildvcs=false in the environment, so
# eval records name the commit the binary was built from, not the one
# checked out when it runs.
build:
	$(GO) build -buildvcs=auto -o $(BIN) ./cmd/leian

ingest: build
	./$(BIN) ingest

index: ingest
	./$(BIN) index
	./$(BIN) sentence train

run: index
	./$(BIN) serve

serve: build
	./$(BIN) serve

# test is what CI runs: formatting, vet and staticcheck first, then every test.
test: lint
	$(GO) test -count=1 -timeout 40m ./...

test-short:
	$(GO) test -short -count=1 ./...

eval: index
	./$(BIN) eval all

bench: index
	./$(BIN) bench all
	$(GO) test -run '^$$' -bench . -benchmem ./...

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# Every fuzz target in the module, FUZZTIME each (go test -fuzz takes one target at a time).
FUZZTIME ?= 20s
fuzz:
	@grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u | while read -r pkg; do \
	  for f in $$(grep -h '^func Fuzz' $$pkg/*_test.go | sed -E 's/^func (Fuzz[A-Za-z0-9_]*).*/\1/'); do \
	    echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin var
