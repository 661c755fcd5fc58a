package advice

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// brief sums up advice in one line for the table.
func brief(a Advice) string {
	var b []string
	if a.Next != nil {
		b = append(b, "next "+string(a.Next.Kind))
	}
	for _, s := range a.Tender {
		b = append(b, fmt.Sprintf("tender %s/%s %d of %d +%s", s.Exercise, s.Side, s.Tender, s.Sessions, s.Extra))
	}
	if c := a.Lighter; c != nil {
		if !c.RedFlag.IsZero() {
			b = append(b, "lighter: red flag "+c.RedFlag.Format(time.DateOnly))
		}
		if c.Worse {
			b = append(b, "lighter: worse")
		}
	}
	return strings.Join(b, "; ")
}

func TestAdvise(t *testing.T) {
	tests := []struct {
		name string
		recs []history.Record
		prof profile.Profile
		want string
	}{
		{name: "no history", prof: firstTimer, want: ""},

		// Progression.
		{name: "six gentle sessions graduate a first-timer",
			recs: sessions(six), prof: firstTimer, want: "next longer-holds"},
		{name: "five are not enough",
			recs: sessions(six[1:]), prof: firstTimer, want: ""},
		{name: "six on three days are three",
			recs: join(sessions([]int{6, 4, 2}), sessions([]int{6, 4, 2}, rolled(60))), prof: firstTimer, want: ""},
		{name: "older than two weeks does not count",
			recs: sessions([]int{20, 19, 18, 17, 16, 15}), prof: firstTimer, want: ""},
		{name: "a session under a minute does not count",
			recs: join(sessions(six[1:]), roll(1, rolled(10))), prof: firstTimer, want: ""},
		{name: "unrated sessions and better ones are gentle",
			recs: join(sessions(six[:3]), sessions(six[3:], rated(5, 3))), prof: firstTimer, want: "next longer-holds"},
		{name: "one session rated worse after holds the step back",
			recs: join(sessions(six[1:]), roll(2, rated(3, 4))), prof: firstTimer, want: ""},
		{name: "graduated and never rolling the lats: the lats",
			recs: sessions(six), prof: graduated, want: "next lats"},
		{name: "rolling the lats already: a firmer roller for soft foam",
			recs: sessions(six, withLats), prof: graduated, want: "next firmer-roller"},
		{name: "nothing left to offer",
			recs: sessions(six), prof: withAll, want: ""},
		{name: "a trigger-point roller is not made firmer",
			recs: sessions(six), prof: profile.Profile{Roller: "trigger-point", Lats: true}, want: ""},
		{name: "after a step, six new sessions are needed",
			recs: sessions(six), prof: profile.Profile{FirstTime: true, Stepped: "2026-11-24"}, want: ""},
		{name: "sessions on the day of the step do not count",
			recs: sessions([]int{10, 9, 7, 5, 3, 1}), prof: profile.Profile{Lats: true, Roller: "soft", Stepped: "2026-11-20"}, want: ""},
		{name: "six after the step do",
			recs: sessions([]int{11, 9, 7, 5, 3, 1}),
			prof: profile.Profile{Lats: true, Roller: "soft", Stepped: "2026-11-18"},
			want: "next firmer-roller"},

		// Red flags.
		{name: "a red flag: no step, go lighter",
			recs: join(sessions(six), roll(1, redFlag)), prof: firstTimer, want: "lighter: red flag 2026-11-29"},
		{name: "a red flag in a session that rolled nothing counts as much",
			recs: join(sessions(six), roll(1, redFlag, rolled(0))), prof: firstTimer, want: "lighter: red flag 2026-11-29"},
		{name: "a red flag 13 days ago still holds the step back",
			recs: join(roll(13, redFlag), sessions(six)), prof: firstTimer, want: "lighter: red flag 2026-11-17"},
		{name: "two weeks after a red flag, steps resume",
			recs: join(roll(15, redFlag), sessions(six)), prof: firstTimer, want: "next longer-holds"},
		{name: "a red flag takes back the extra time on a tender spot",
			recs: join(sessions(six, tenderAt("glutes", "left")), roll(1, redFlag)), prof: withAll,
			want: "tender glutes/left 4 of 5 +0s; lighter: red flag 2026-11-29"},

		// Feel trends worse.
		{name: "after-ratings two points worse than the week before",
			recs: join(roll(12, after(2)), roll(10, after(3)), roll(5, after(5)), roll(3, after(4)), sessions([]int{2, 1})),
			prof: firstTimer, want: "lighter: worse"},
		{name: "a point and a half is ordinary ups and downs",
			recs: join(roll(12, after(2)), roll(10, after(3)), roll(5, after(4)), roll(3, after(4)), sessions([]int{2, 1})),
			prof: firstTimer, want: "next longer-holds"},
		{name: "one rating a week is not a trend",
			recs: join(roll(12, after(1)), roll(5, after(6)), sessions([]int{10, 8, 3, 2})),
			prof: firstTimer, want: "next longer-holds"},
		{name: "most rated sessions worse after than before",
			recs: join(roll(6, rated(2, 3)), roll(4, rated(3, 3)), roll(2, rated(3, 4))),
			prof: firstTimer, want: "lighter: worse"},
		{name: "half is not most",
			recs: join(roll(8, rated(3, 3)), roll(6, rated(2, 3)), roll(4, rated(3, 3)), roll(2, rated(3, 4))),
			prof: firstTimer, want: ""},
		{name: "two worse of two is too few to call",
			recs: join(roll(4, rated(2, 3)), roll(2, rated(3, 4))),
			prof: firstTimer, want: ""},

		// Tender spots.
		{name: "tender in most of the last sessions: a note and 15 s",
			recs: join(sessions([]int{10, 8}), sessions([]int{6, 4, 2}, tenderAt("glutes", "left"))), prof: withAll,
			want: "tender glutes/left 3 of 5 +15s"},
		{name: "two of five is not most",
			recs: join(sessions([]int{10, 8, 6}), sessions([]int{4, 2}, tenderAt("mid-back", ""))), prof: withAll,
			want: ""},
		{name: "only the latest five sessions of the area count",
			recs: join(sessions([]int{13, 12, 11}, tenderAt("glutes", "right")), sessions([]int{9, 7, 5, 3, 1})), prof: withAll,
			want: ""},
		{name: "two sessions are too few",
			recs: sessions([]int{4, 2}, tenderAt("glutes", "right")), prof: withAll, want: ""},
		{name: "the extra is offered whatever the hold was: Said keeps it to the room today's hold has",
			recs: sessions([]int{6, 4, 2}, tenderAt("glutes", "left"), planned(120)), prof: withAll,
			want: "tender glutes/left 3 of 3 +15s"},
		{name: "no extra time while the feel trends worse",
			recs: sessions([]int{6, 4, 2}, tenderAt("glutes", "left"), rated(2, 5)), prof: withAll,
			want: "tender glutes/left 3 of 3 +0s; lighter: worse"},
		// The screening answers.
		{name: "blood thinners: no firmer roller",
			recs: sessions(six, withLats), prof: with(graduated, content.BloodThinners), want: ""},
		{name: "osteoporosis: neither the lats nor a firmer roller",
			recs: sessions(six), prof: with(graduated, content.Osteoporosis), want: ""},
		{name: "the lats left out for an injury: the roller is next",
			recs: sessions(six), prof: avoiding(graduated, "lats"), want: "next firmer-roller"},
		{name: "pregnancy keeps the lats",
			recs: sessions(six), prof: with(graduated, content.Pregnancy), want: "next lats"},
		{name: "blood thinners: a tender spot is named, with no extra time",
			recs: sessions(six, tenderAt("glutes", "left")), prof: with(withAll, content.BloodThinners),
			want: "tender glutes/left 5 of 5 +0s"},
		{name: "osteoporosis: no extra time either",
			recs: sessions(six, tenderAt("glutes", "left")), prof: with(withAll, content.Osteoporosis),
			want: "tender glutes/left 5 of 5 +0s"},
		{name: "tender spots do not hold a step back",
			recs: sessions(six, tenderAt("mid-back", "")), prof: firstTimer,
			want: "next longer-holds; tender mid-back/ 5 of 5 +15s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brief(Advise(tt.recs, tt.prof, days, now)); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// The words the person reads: each part of the advice says why.
func TestAdviceWords(t *testing.T) {
	a := Advise(join(sessions(six, tenderAt("glutes", "left")), roll(1, redFlag)), withAll, days, now)
	// The same words as home and the question before every start.
	if a.Lighter == nil || a.Lighter.Note != "You reported a sign to stop on Sun 29 Nov. "+content.StoppedHome {
		t.Errorf("red flag: %+v", a.Lighter)
	}
	if a.Stop == nil || a.Stop.At != last(roll(1)).End {
		t.Errorf("red flag: stop %+v; want the end of its session", a.Stop)
	}
	// The same day, it says today, as home does.
	if b := Advise(join(sessions(six), roll(0, redFlag)), withAll, days, now); b.Lighter == nil ||
		!strings.HasPrefix(b.Lighter.Note, "You reported a sign to stop today. ") {
		t.Errorf("red flag today: %+v", b.Lighter)
	}
	if len(a.Tender) != 1 || a.Tender[0].Note != "Left glute: tender in 4 of your last 5 sessions. Slow down there and breathe into it." {
		t.Errorf("tender after a red flag: %+v", a.Tender)
	}
	a = Advise(sessions(six, tenderAt("glutes", "left")), graduated, days, now)
	if len(a.Tender) != 1 || !strings.HasSuffix(a.Tender[0].Said(time.Minute), "breathe into it. Press + to stay 15 s longer.") {
		t.Errorf("tender: %+v", a.Tender)
	}
	if a.Next == nil || a.Next.Reason != "6 gentle sessions on different days in two weeks, none leaving your back worse, and your lats have not had a turn." {
		t.Errorf("next: %+v", a.Next)
	}
}

func TestApply(t *testing.T) {
	p := profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true, Roller: "soft"}
	for _, tt := range []struct {
		kind StepKind
		want profile.Profile
	}{
		{LongerHolds, profile.Profile{Onboarded: true, SafetySeen: true, Roller: "soft", Stepped: "2026-11-30"}},
		{AddLats, profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true, Roller: "soft", Lats: true, Stepped: "2026-11-30"}},
		{FirmerRoller, profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true, Roller: "standard", Stepped: "2026-11-30"}},
	} {
		if got := (Step{Kind: tt.kind}).Apply(p, now); got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.kind, got, tt.want)
		}
	}
	// What a step changed is what setup takes back.
	if got := (Step{Kind: AddLats}).Apply(p, now).WithoutSteps(); got != p {
		t.Errorf("setup after the lats: %+v, want %+v", got, p)
	}
}

// Accepting a step is a profile saved: the next advice offers the next.
func TestAcceptedStepLeadsOn(t *testing.T) {
	recs := sessions(six)
	p := firstTimer
	a := Advise(recs, p, days, now)
	p = a.Next.Apply(p, now)
	if a := Advise(recs, p, days, now); a.Next != nil {
		t.Fatalf("the day of a step offered another: %+v", a.Next)
	}
	later := now.AddDate(0, 0, 13)
	recs = append(recs, sessions([]int{-2, -4, -6, -8, -10, -12})...)
	if a := Advise(recs, p, days, later); a.Next == nil || a.Next.Kind != AddLats {
		t.Errorf("six sessions after graduating: %+v", a.Next)
	}
}

func TestRoutine(t *testing.T) {
	nightly, _ := content.RoutineByID("nightly")
	glutes, _ := content.RoutineByID("glutes")
	upper, _ := content.RoutineByID("upper-back")
	lats := profile.Profile{Lats: true}
	items := func(r content.Routine) string {
		var ids []string
		for _, it := range r.Items {
			ids = append(ids, it.Exercise)
		}
		return strings.Join(ids, " ")
	}
	for _, tt := range []struct {
		r    content.Routine
		p    profile.Profile
		want string
	}{
		{nightly, profile.Profile{}, "mid-back glutes"},
		{nightly, lats, "mid-back glutes lats"},
		{glutes, lats, "glutes"},       // just the glutes, as it says
		{upper, lats, "mid-back lats"}, // has them already
		// A step taken before the answers left the lats out adds nothing.
		{nightly, with(lats, content.Osteoporosis), "mid-back glutes"},
		{nightly, avoiding(lats, "lats"), "mid-back glutes"},
	} {
		if got := items(Routine(tt.r, tt.p)); got != tt.want {
			t.Errorf("%s, lats %v: %s, want %s", tt.r.ID, tt.p.Lats, got, tt.want)
		}
	}
	if items(nightly) != "mid-back glutes" {
		t.Error("Routine changed content.Routines")
	}
}

// AdviseFile reads the history file to the same advice as Advise.
func TestAdviseFile(t *testing.T) {
	dir := t.TempDir()
	log, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs := join(roll(30), sessions(six, tenderAt("glutes", "left")), roll(1, rated(3, 4)))
	for _, r := range recs {
		if _, err := log.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := AdviseFile(log.Path(), firstTimer, days, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := Advise(recs, firstTimer, days, now); !reflect.DeepEqual(got, want) {
		t.Errorf("from the file %s\nfrom records  %s", brief(got), brief(want))
	}
	if brief(got) != "tender glutes/left 4 of 5 +15s" {
		t.Errorf("advice %s", brief(got))
	}
	if a, err := AdviseFile(filepath.Join(dir, "none"), firstTimer, days, now); err != nil || brief(a) != "" {
		t.Errorf("no history: %s, %v", brief(a), err)
	}
}

// The offer of more time on a tender spot is of what + can add to today's
// hold within the area's two minutes, never more: a hold with 10 s of room
// is offered 10 s, one with none (or with no key to press) no offer.
func TestSpotSaid(t *testing.T) {
	sp := Spot{Extra: TenderExtra, Note: "Left glute: tender."}
	for _, tt := range []struct {
		room time.Duration
		want string
	}{
		{time.Minute, "Left glute: tender. Press + to stay 15 s longer."},
		{TenderExtra, "Left glute: tender. Press + to stay 15 s longer."},
		{10 * time.Second, "Left glute: tender. Press + to stay 10 s longer."},
		{1500 * time.Millisecond, "Left glute: tender. Press + to stay 1 s longer."},
		{500 * time.Millisecond, "Left glute: tender."},
		{0, "Left glute: tender."},
	} {
		if got := sp.Said(tt.room); got != tt.want {
			t.Errorf("room %v: %q; want %q", tt.room, got, tt.want)
		}
	}
	if got := (Spot{Note: "Left glute: tender."}).Said(time.Minute); got != "Left glute: tender." {
		t.Errorf("no extra on offer (a caution, the rules): %q", got)
	}
}
