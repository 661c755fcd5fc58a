package content

import "strings"

// Picture is a small drawing of a position, seen from the side, in plain
// ASCII so it draws the same in every terminal and over SSH, with what it
// shows in words for those who cannot see it. A roller is (O) on the floor.
type Picture struct {
	Lines []string // all as wide as the floor line, at most 30 columns
	Words string   // the position in one line
}

// CatCowID names the cat-cow finisher's picture: it is no exercise.
const CatCowID = "cat-cow"

// Pictures holds a picture for each exercise, by ID, and for cat-cow. A
// sided exercise is drawn for the left side, head to the left; the right
// side is its mirror image.
var Pictures = map[string]Picture{
	"mid-back": {
		Lines: []string{
			`                           `,
			`  o                /\      `,
			"  \\`--.___        /  \\     ",
			"       (O) `-.__.'    \\_   ",
			`===========================`,
		},
		Words: "On your back, the roller under your mid-back, hands behind your head, knees bent.",
	},
	"mid-back-wall": {
		Lines: []string{
			`||   o                     `,
			`||   |>                    `,
			`||(O)|                     `,
			`||    \                    `,
			`||    /_                   `,
			`===========================`,
		},
		Words: "Standing, back to a wall, the roller between it and your mid-back, knees a little bent.",
	},
	"lats": {
		Lines: []string{
			`                           `,
			`   o                       `,
			`__/_\__.------.___         `,
			"      (O)   /     `----.__ ",
			`===========================`,
		},
		Words: "On your side, the roller just below the armpit on your ribs, lower arm long, top hand down.",
	},
	"glutes": {
		Lines: []string{
			`    o                      `,
			`   /|      /\              `,
			`  / |_____/__\__           `,
			` /  (O)       \_           `,
			`===========================`,
		},
		Words: "Sitting on the roller, hands on the floor behind, one ankle crossed over the other knee.",
	},
	"hip-flexors": {
		Lines: []string{
			`                           `,
			`  o                        `,
			" /\\`--.____                ",
			"/__     (O)`----------._   ",
			`===========================`,
		},
		Words: "Face down on your forearms, the roller just below one hip bone, away from the groin.",
	},
	CatCowID: {
		Lines: []string{
			`                           `,
			`    .-----------.          `,
			` o-'             \         `,
			`  |              |___      `,
			`===========================`,
		},
		Words: "On hands and knees, hands under your shoulders and knees under your hips.",
	},
}

// PictureFor is the picture of an exercise (or CatCowID) for a side: the
// right side is drawn mirrored.
func PictureFor(id, side string) (Picture, bool) {
	p, ok := Pictures[id]
	if ok && side == "right" {
		p.Lines = Mirror(p.Lines)
	}
	return p, ok
}

// mirrored pairs the characters that lean or open one way with their
// mirror images; the rest look the same either way round.
var mirrored = strings.NewReplacer(
	`/`, `\`, `\`, `/`, `(`, `)`, `)`, `(`, `<`, `>`, `>`, `<`,
	`[`, `]`, `]`, `[`, `{`, `}`, `}`, `{`, "`", `'`, `'`, "`",
)

// Mirror flips a drawing left to right. Lines are padded to the widest
// first, so the drawing keeps its shape.
func Mirror(lines []string) []string {
	w := 0
	for _, l := range lines {
		w = max(w, len([]rune(l)))
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		r := []rune(l + strings.Repeat(" ", w-len([]rune(l))))
		for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
			r[a], r[b] = r[b], r[a]
		}
		out[i] = mirrored.Replace(string(r))
	}
	return out
}
