package embedded

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
)

// The vector file: magic, version, dim, generation, row count, the rows as
// little-endian float32, then each ID as a uint32 length and its bytes, and
// a CRC-32 (IEEE) of everything before it, so a torn or damaged file is
// detected rather than read.
const (
	vecMagic   = "LEIANVEC"
	vecVersion = 1
	headerLen  = 8 + 4 + 4 + 8 + 8
)

// writeVectors writes v to path atomically: a temporary file in the same
// folder, synced, then renamed over path, then the folder synced.
func writeVectors(path string, v *vectors) error {
	buf := make([]byte, 0, headerLen+4*len(v.data)+16*len(v.ids)+4)
	buf = append(buf, vecMagic...)
	buf = binary.LittleEndian.AppendUint32(buf, vecVersion)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(v.dim))
	buf = binary.LittleEndian.AppendUint64(buf, v.gen)
	buf = binary.LittleEndian.AppendUint64(buf, uint64(len(v.ids)))
	for _, x := range v.data {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(x))
	}
	for _, id := range v.ids {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(len(id)))
		buf = append(buf, id...)
	}
	buf = binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(buf))

	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write vectors %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(buf); err != nil {
		tmp.Close()
		return fmt.Errorf("write vectors %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync vectors %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close vectors %s: %w", tmp.Name(), err)
	}
	return renameSynced(tmp.Name(), path)
}

// renameSynced renames from to to and syncs the folder so the rename
// survives a crash.
func renameSynced(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return fmt.Errorf("rename %s: %w", from, err)
	}
	dir, err := os.Open(filepath.Dir(to))
	if err != nil {
		return fmt.Errorf("sync folder of %s: %w", to, err)
	}
	defer dir.Close()
	if err := dir.Sync(); err != nil {
		return fmt.Errorf("sync folder of %s: %w", to, err)
	}
	return nil
}

// readVectors reads a vector file written by writeVectors.
func readVectors(path string) (*vectors, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	return parseVectors(b, path)
}

// parseVectors decodes the bytes b of the vector file path.
func parseVectors(b []byte, path string) (*vectors, error) {
	if len(b) < headerLen+4 || string(b[:8]) != vecMagic {
		return nil, fmt.Errorf("vectors %s: not a Leian vector file", path)
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("vectors %s: checksum mismatch (torn or damaged file)", path)
	}
	if ver := binary.LittleEndian.Uint32(b[8:]); ver != vecVersion {
		return nil, fmt.Errorf("vectors %s: version %d, want %d", path, ver, vecVersion)
	}
	v := newVectors(int(binary.LittleEndian.Uint32(b[12:])))
	v.gen = binary.LittleEndian.Uint64(b[16:])
	n := binary.LittleEndian.Uint64(b[24:])
	if n > 0 && (v.dim == 0 || n > uint64(len(body))/uint64(4*v.dim)) {
		return nil, fmt.Errorf("vectors %s: %d rows of %d dimensions do not fit in %d bytes", path, n, v.dim, len(b))
	}
	p := body[headerLen:]
	need := int(n) * v.dim * 4
	v.data = make([]float32, int(n)*v.dim)
	for i := range v.data {
		v.data[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
	}
	p = p[need:]
	v.ids = make([]string, 0, n)
	for i := range int(n) {
		if len(p) < 4 || uint64(len(p)-4) < uint64(binary.LittleEndian.Uint32(p)) {
			return nil, fmt.Errorf("vectors %s: ID of row %d truncated", path, i)
		}
		l := int(binary.LittleEndian.Uint32(p))
		id := string(p[4 : 4+l])
		v.row[id] = len(v.ids)
		v.ids = append(v.ids, id)
		p = p[4+l:]
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("vectors %s: %d bytes after the last row", path, len(p))
	}
	return v, nil
}

// errNoFile reports whether err is a missing file.
func errNoFile(err error) bool { return errors.Is(err, os.ErrNotExist) }
