package classify

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"leian/corpus/extract"
)

// ChargeModelFile is where the served charge model is kept in LEIAN_HOME.
const ChargeModelFile = "models/charges.gob"

// chargeModelVersion changes whenever the features, the training or the
// saved layout change, so that a model saved by older code is rebuilt.
const chargeModelVersion = "charges/centroid-dragpush-knn-grams-findings-5"

// ErrStaleChargeModel is returned by LoadCharges for a model saved from
// other training data or by other code.
var ErrStaleChargeModel = errors.New("saved charge model is stale")

type savedCharges struct {
	Version     string
	Fingerprint string
	Names       []string
	Keys        []uint64
	IDF         []float32
	RowStart    []int32
	RowClass    []uint16
	RowW        []float32
	PostStart   []int32
	PostDoc     []int32
	PostW       []float32
	LabStart    []int32
	Labels      []uint16
	Vote        float64
	Nearest     int
	Keep        float64
	Cue         float64
	Alt         float64
	Cases       int
}

// ChargesFingerprint identifies the bundle's charge training data without
// reading it: the files' sizes and modification times, the model version,
// and the extraction version (training reads charge names through
// extract.NormaliseCharge, so a model trained by an older extractor is stale).
func ChargesFingerprint(dataDir string) (string, error) {
	fp := fmt.Sprintf("%s|extract/%d", chargeModelVersion, extract.Version)
	for _, f := range []string{CAIL2018File, CandidatesFile} {
		st, err := os.Stat(filepath.Join(dataDir, f))
		if err != nil {
			return "", fmt.Errorf("charge model fingerprint: %w", err)
		}
		fp += fmt.Sprintf("|%s:%d:%d", f, st.Size(), st.ModTime().UnixNano())
	}
	return fp, nil
}

// Save writes the model to path with its fingerprint, atomically.
func (m *ChargeModel) Save(path, fingerprint string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("save charge model: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".charges-*")
	if err != nil {
		return fmt.Errorf("save charge model: %w", err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	err = gob.NewEncoder(w).Encode(savedCharges{
		Version: chargeModelVersion, Fingerprint: fingerprint, Names: m.names,
		Keys: m.gr.keys, IDF: m.gr.idf,
		RowStart: m.cw.rowStart, RowClass: m.cw.rowClass, RowW: m.cw.rowW,
		PostStart: m.nb.postStart, PostDoc: m.nb.postDoc, PostW: m.nb.postW, LabStart: m.nb.labStart, Labels: m.nb.labels,
		Vote: m.Vote, Nearest: m.Nearest,
		Keep: m.Keep, Cue: m.Cue, Alt: m.Alt, Cases: m.n,
	})
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("save charge model %s: %w", path, err)
	}
	return nil
}

// LoadCharges reads a model saved by Save; it fails with
// ErrStaleChargeModel when the model's fingerprint is not fingerprint.
func LoadCharges(path, fingerprint string) (*ChargeModel, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load charge model: %w", err)
	}
	defer f.Close()
	var s savedCharges
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&s); err != nil {
		return nil, fmt.Errorf("load charge model %s: %w", path, err)
	}
	if s.Version != chargeModelVersion || s.Fingerprint != fingerprint {
		return nil, fmt.Errorf("load charge model %s: %w", path, ErrStaleChargeModel)
	}
	if len(s.IDF) != len(s.Keys) || len(s.RowStart) != len(s.Keys)+1 ||
		len(s.RowClass) != len(s.RowW) || int(s.RowStart[len(s.Keys)]) != len(s.RowW) {
		return nil, fmt.Errorf("load charge model %s: inconsistent lengths", path)
	}
	if len(s.PostStart) != len(s.Keys)+1 || len(s.PostDoc) != len(s.PostW) || int(s.PostStart[len(s.Keys)]) != len(s.PostW) ||
		len(s.LabStart) < 1 || int(s.LabStart[len(s.LabStart)-1]) != len(s.Labels) {
		return nil, fmt.Errorf("load charge model %s: inconsistent neighbour index", path)
	}
	for _, d := range s.PostDoc {
		if int(d) >= len(s.LabStart)-1 {
			return nil, fmt.Errorf("load charge model %s: case %d out of range", path, d)
		}
	}
	for _, c := range s.Labels {
		if int(c) >= len(s.Names) {
			return nil, fmt.Errorf("load charge model %s: class %d out of range", path, c)
		}
	}
	for _, c := range s.RowClass {
		if int(c) >= len(s.Names) {
			return nil, fmt.Errorf("load charge model %s: class %d out of range", path, c)
		}
	}
	m := &ChargeModel{
		names: s.Names, gr: newGramsFrom(s.Keys, s.IDF),
		cw:   &classWeights{classes: len(s.Names), rowStart: s.RowStart, rowClass: s.RowClass, rowW: s.RowW},
		nb:   &neighbours{postStart: s.PostStart, postDoc: s.PostDoc, postW: s.PostW, labStart: s.LabStart, labels: s.Labels},
		Vote: s.Vote, Nearest: s.Nearest,
		n: s.Cases, Keep: s.Keep, Cue: s.Cue, Alt: s.Alt,
	}
	m.setBases()
	return m, nil
}

// ReadChargeTraining reads the bundle's labelled cases: cail2018 and the
// LeCaRD candidate judgments.
func ReadChargeTraining(dataDir string) ([]Labelled, error) {
	cail, err := ReadCAIL2018(filepath.Join(dataDir, CAIL2018File))
	if err != nil {
		return nil, err
	}
	lecard, err := ReadLeCaRD(filepath.Join(dataDir, CandidatesFile), OfficialNames(cail))
	if err != nil {
		return nil, err
	}
	return append(cail, lecard...), nil
}

// OpenCharges is the served charge model: the one saved in home when it
// was trained from the bundle as it is now, else one trained now on the
// whole bundle (TrainCharges) and kept in memory only, since serving and
// reading commands leave the home as they found it. trained says which.
func OpenCharges(ctx context.Context, home, dataDir string) (m *ChargeModel, trained bool, err error) {
	fp, err := ChargesFingerprint(dataDir)
	if err != nil {
		return nil, false, err
	}
	m, err = LoadCharges(filepath.Join(home, ChargeModelFile), fp)
	if err == nil {
		return m, false, nil
	}
	if !errors.Is(err, ErrStaleChargeModel) && !errors.Is(err, fs.ErrNotExist) {
		return nil, false, err
	}
	m, err = trainOnBundle(ctx, dataDir)
	return m, true, err
}

// BuildCharges trains the served charge model on the bundle and saves it
// in home, unless the one saved there is up to date; built says whether
// it trained.
func BuildCharges(ctx context.Context, home, dataDir string) (m *ChargeModel, built bool, err error) {
	fp, err := ChargesFingerprint(dataDir)
	if err != nil {
		return nil, false, err
	}
	path := filepath.Join(home, ChargeModelFile)
	if m, err := LoadCharges(path, fp); err == nil {
		return m, false, nil
	}
	if m, err = trainOnBundle(ctx, dataDir); err != nil {
		return nil, false, err
	}
	return m, true, m.Save(path, fp)
}

func trainOnBundle(ctx context.Context, dataDir string) (*ChargeModel, error) {
	cases, err := ReadChargeTraining(dataDir)
	if err != nil {
		return nil, err
	}
	return TrainCharges(ctx, cases)
}
