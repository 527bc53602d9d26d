// Package officetest converts Word documents with LibreOffice headless, for
// the tests that check Leian's .docx exports open in an office suite.
package officetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Convert writes b as name.docx in a temporary folder and converts it to
// each format ("txt:Text", "pdf", …), returning the folder; the results
// are name.txt, name.pdf, …. Without LibreOffice it skips t, and fails it
// under CI, where .ci/run installs libreoffice-writer.
func Convert(t testing.TB, b []byte, name string, formats ...string) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("LibreOffice (soffice) is missing: .ci/run installs libreoffice-writer")
		}
		t.Skip("LibreOffice not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, name+".docx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, to := range formats {
		// A profile of its own: a user's running LibreOffice would otherwise
		// take the conversion and exit at once.
		cmd := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", to, "--outdir", dir, in)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice --convert-to %s: %v\n%s", to, err, out)
		}
	}
	return dir
}

// Text converts b to plain text and returns it.
func Text(t testing.TB, b []byte, name string) string {
	t.Helper()
	dir := Convert(t, b, name, "txt:Text")
	txt, err := os.ReadFile(filepath.Join(dir, name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(txt)
}
