package goroutine

import "context"

// Ignore directives with the goroutine checker (§6.1, §6.2). Default flags: the enabled names
// are goroutine, waitgroup and errgroup; spawner is not enabled (no spawner in this package),
// nor are goroutinederive (no deriver), gotask, spawnerlabel or conc (never).
//
// An expectation on a directive line sits inside the directive comment itself, so the
// directives below that expect a report are written as ` - reason` + expectation (cut at
// ` - `, ignore-all kept) or as a checker list + ` //` + expectation (cut at ` //`).

// goodIgnoreSameLine: a trailing directive on the go line suppresses the report.
func goodIgnoreSameLine(ctx context.Context) {
	go func() { work(1) }() //goroutinectx:ignore
}

// goodIgnoreLineAbove: a directive on the line immediately above suppresses the report.
func goodIgnoreLineAbove(ctx context.Context) {
	//goroutinectx:ignore
	go func() { work(1) }()
}

// badBlankLineBreaksIgnore: a blank line in between breaks the link; the directive is unused.
func badBlankLineBreaksIgnore(ctx context.Context) {
	//goroutinectx:ignore - too far away // want `^unused goroutinectx:ignore directive$`

	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badCommentLineBreaksIgnore: an ordinary comment line in between breaks it too.
func badCommentLineBreaksIgnore(ctx context.Context) {
	//goroutinectx:ignore - two lines up // want `^unused goroutinectx:ignore directive$`
	// an ordinary comment
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// goodIgnoreAllWithReason: ` - reason` keeps ignore-all.
func goodIgnoreAllWithReason(ctx context.Context) {
	//goroutinectx:ignore - fire and forget
	go func() { work(1) }()
}

// goodIgnoreCheckerList: a checker list naming goroutine.
func goodIgnoreCheckerList(ctx context.Context) {
	//goroutinectx:ignore goroutine
	go func() { work(1) }()
}

// goodIgnoreCheckerListWithReason: a checker list followed by ` - reason`.
func goodIgnoreCheckerListWithReason(ctx context.Context) {
	//goroutinectx:ignore goroutine - legacy code
	go func() { work(1) }()
}

// goodIgnoreCheckerListWithSlashComment: a checker list followed by ` // text`.
func goodIgnoreCheckerListWithSlashComment(ctx context.Context) {
	//goroutinectx:ignore goroutine // see ticket 42
	go func() { work(1) }()
}

// goodIgnoreWithSpace: `// goroutinectx:ignore` (with a space) is accepted.
func goodIgnoreWithSpace(ctx context.Context) {
	// goroutinectx:ignore
	go func() { work(1) }()
}

// goodIgnoreDashOnly: a remainder equal to `-` means ignore-all.
func goodIgnoreDashOnly(ctx context.Context) {
	//goroutinectx:ignore -
	go func() { work(1) }()
}

// goodIgnoreOnlyCommas: a list with only empty pieces means ignore-all.
func goodIgnoreOnlyCommas(ctx context.Context) {
	//goroutinectx:ignore ,
	go func() { work(1) }()
}

// goodIgnoreListWithEmptyPieces: empty pieces are dropped, names trimmed.
func goodIgnoreListWithEmptyPieces(ctx context.Context) {
	//goroutinectx:ignore , goroutine ,
	go func() { work(1) }()
}

// goodIgnoreAbovePassing: a directive above a passing goroutine is consulted, hence used.
func goodIgnoreAbovePassing(ctx context.Context) {
	//goroutinectx:ignore
	go func() { use(ctx) }()
}

// goodIgnoreListAbovePassing: same with a checker list.
func goodIgnoreListAbovePassing(ctx context.Context) {
	//goroutinectx:ignore goroutine
	go func() { use(ctx) }()
}

// goodIgnoreAboveOnCodeLine: the directive trails a statement on the line above the go.
func goodIgnoreAboveOnCodeLine(ctx context.Context) {
	work(0) //goroutinectx:ignore
	go func() { work(1) }()
}

// goodIgnoreMultiLineGo: the check line is the go keyword's line, above the literal's body.
func goodIgnoreMultiLineGo(ctx context.Context) {
	//goroutinectx:ignore goroutine
	go func() {
		work(1)
	}()
}

// badIgnoreOnClosingLine: a directive on the closing line of a multi-line go statement is
// neither on the go line nor above it.
func badIgnoreOnClosingLine(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(1)
	}() //goroutinectx:ignore - wrong line // want `^unused goroutinectx:ignore directive$`
}

// badNoteOddity: `//goroutinectx:ignore // note` is a checker list with the single name
// `// note` (§6.1, §11.4): it suppresses nothing and is reported unused.
func badNoteOddity(ctx context.Context) {
	//goroutinectx:ignore // note // want `^unused goroutinectx:ignore directive for checker\(s\): // note$`
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badIgnoreX: `goroutinectx:ignoreX` is accepted with the remainder `X`: a bogus name.
func badIgnoreX(ctx context.Context) {
	//goroutinectx:ignoreX // want `^unused goroutinectx:ignore directive for checker\(s\): X$`
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badBlockCommentNotDirective: block comments are never directives (and never reported).
func badBlockCommentNotDirective(ctx context.Context) {
	/* goroutinectx:ignore */
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badBlockCommentNoSpaceNotDirective: same without spaces.
func badBlockCommentNoSpaceNotDirective(ctx context.Context) {
	/*goroutinectx:ignore*/
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badUnusedInPlainFunc: in a function without context nothing is examined: unused.
func badUnusedInPlainFunc() {
	//goroutinectx:ignore - nothing examined here // want `^unused goroutinectx:ignore directive$`
	go func() { work(1) }()
}

// badUnusedAboveOrdinaryCall: a call that matches no API consults nothing.
func badUnusedAboveOrdinaryCall(ctx context.Context) {
	//goroutinectx:ignore - not a go statement // want `^unused goroutinectx:ignore directive$`
	use(ctx)
}

// badUnusedSpawnerNotEnabled: goroutine is used, spawner is not an enabled name (§6.2 example).
func badUnusedSpawnerNotEnabled(ctx context.Context) {
	//goroutinectx:ignore goroutine,spawner - legacy // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
	go func() { work(1) }()
}

// badIgnoreConc: `conc` is never an enabled name; it suppresses nothing here (§11.2).
func badIgnoreConc(ctx context.Context) {
	//goroutinectx:ignore conc // want `^unused goroutinectx:ignore directive for checker\(s\): conc$`
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badIgnoreGoroutinederiveNotEnabled: without -goroutine-deriver the name is not enabled.
func badIgnoreGoroutinederiveNotEnabled(ctx context.Context) {
	//goroutinectx:ignore goroutinederive // want `^unused goroutinectx:ignore directive for checker\(s\): goroutinederive$`
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badIgnoreUnknownAndUnconsulted: names are listed in the order written: an unknown name and
// an enabled but unconsulted one (errgroup); goroutine is used.
func badIgnoreUnknownAndUnconsulted(ctx context.Context) {
	//goroutinectx:ignore goroutine, bogus, errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): bogus, errgroup$`
	go func() { work(1) }()
}

// badIgnoreSpaceSeparated: `goroutine errgroup` is one name that matches nothing.
func badIgnoreSpaceSeparated(ctx context.Context) {
	//goroutinectx:ignore goroutine errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine errgroup$`
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badIgnoreDashWithoutSpace: `goroutine -x` is one name (no ` - ` separator).
func badIgnoreDashWithoutSpace(ctx context.Context) {
	//goroutinectx:ignore goroutine -x // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine -x$`
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badPreviousLineShadowedBySameLine: the same-line directive covers goroutine, so the
// directive above is never consulted and is reported unused.
func badPreviousLineShadowedBySameLine(ctx context.Context) {
	//goroutinectx:ignore - shadowed // want `^unused goroutinectx:ignore directive$`
	go func() { work(1) }() //goroutinectx:ignore
}

// badSameLineOtherCheckerFallsBack: the same-line directive does not cover goroutine, so the
// one above is consulted and suppresses; the same-line one is unused (goroutinederive is not
// enabled).
func badSameLineOtherCheckerFallsBack(ctx context.Context) {
	//goroutinectx:ignore goroutine
	go func() { work(1) }() //goroutinectx:ignore goroutinederive // want `^unused goroutinectx:ignore directive for checker\(s\): goroutinederive$`
}

// goodIgnoreInNestedScope: directives work the same in a nested ctx scope.
func goodIgnoreInNestedScope(ctx context.Context) {
	func(inner context.Context) {
		//goroutinectx:ignore goroutine
		go func() { work(1) }()
	}(ctx)
}

// badLineAboveCoversOnlyNextLine: a directive covers its own line and the next one only.
func badLineAboveCoversOnlyNextLine(ctx context.Context) {
	//goroutinectx:ignore
	go func() { work(1) }()
	go func() { work(2) }() // want `^goroutine does not propagate context "ctx"$`
}

// goodTrailingDirectiveCoversNextLine: a trailing directive on line L is also "the line
// above" line L+1: it suppresses both go statements.
func goodTrailingDirectiveCoversNextLine(ctx context.Context) {
	go func() { work(1) }() //goroutinectx:ignore
	go func() { work(2) }()
}
