# Leian: `make run` builds, ingests ../shared/data and serves on :8080; `make test` runs every test.
GO        ?= go
BIN       := bin/leian
export LEIAN_DATA ?= $(abspath ../shared/data)
export LEIAN_HOME ?= $(abspath var)
# The Postgres conformance tests run against the local server; CI requires it.
export LEIAN_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build run serve ingest index test test-short eval bench lint fuzz clean

build:
	$(GO) build -o $(BIN) ./cmd/leian

ingest: build
	./$(BIN) ingest

index: ingest
	./$(BIN) index

run: index
	./$(BIN) serve

serve: build
	./$(BIN) serve

test:
	$(GO) vet ./...
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

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 30s ./corpus/parse
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime 30s ./corpus/extract
	$(GO) test -run '^$$' -fuzz FuzzFind -fuzztime 30s ./corpus/cite

clean:
	rm -rf bin var
