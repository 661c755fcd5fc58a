package serve

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/coach/text"
)

// maxKeysFile bounds what is read of an authorized_keys file: a list of
// people's keys is a few KiB, and a file that is not one must not fill
// the memory.
const maxKeysFile = 1 << 20

// Allowed is an allow-list of public keys, read from an authorized_keys
// file again on every use, so that a key taken out of it is refused from
// the next connection on.
type Allowed struct {
	Path string
	Open bool // any key is let in, each still its own person
}

// Check reads the file and says why it lets no one in, if it does not.
func (a Allowed) Check() (int, error) {
	keys, err := readKeys(a.Path)
	if err != nil {
		return 0, err
	}
	if len(keys) == 0 {
		return 0, fmt.Errorf("%s lists no public key", text.Inert(a.Path))
	}
	return len(keys), nil
}

// Allows reports whether key may come in.
func (a Allowed) Allows(key ssh.PublicKey) bool {
	if a.Open {
		return key != nil
	}
	keys, err := readKeys(a.Path)
	if err != nil || key == nil {
		return false
	}
	for _, k := range keys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	return false
}

// readKeys reads the public keys of an authorized_keys file, naming the
// first line that is not one.
func readKeys(path string) ([]gossh.PublicKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxKeysFile+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", text.Inert(path), err)
	}
	if len(b) > maxKeysFile {
		return nil, fmt.Errorf("%s is over %d KiB: not a list of keys", text.Inert(path), maxKeysFile>>10)
	}
	var keys []gossh.PublicKey
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), maxKeysFile)
	for line := 1; sc.Scan(); line++ {
		l := bytes.TrimSpace(sc.Bytes())
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(l)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key (%v)", text.Inert(path), line, err)
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", text.Inert(path), err)
	}
	return keys, nil
}

// Fingerprint is key's SHA-256 fingerprint written as a file name: URL-safe
// base64, so no "/" or "+", and no "." at the start.
func Fingerprint(key ssh.PublicKey) (string, error) {
	if key == nil {
		return "", errors.New("no public key")
	}
	sum := sha256.Sum256(key.Marshal())
	return "SHA256-" + base64.RawURLEncoding.EncodeToString(sum[:]), nil
}
