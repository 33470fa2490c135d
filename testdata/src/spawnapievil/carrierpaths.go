package spawnapievil

import (
	"golang.org/x/sync/errgroup"

	"spawnapievil/carrier/sub"
	carrierv2 "spawnapievil/carrier/v2"
	v2sub "spawnapievil/carrier/v2/sub"
	"spawnapievil/carrier/vx"
	"spawnapievil/carrierx"
)

// ---------------------------------------------------------------------------
// Carrier path matching (§5.1): the configured spawnapievil/carrier.Txn also accepts
// spawnapievil/carrier/v<digit>… (including, quirkily, …/v2/sub), never …/sub, …/vx or a
// longer element.
// ---------------------------------------------------------------------------

// badVersionedCarrierScope: carrier/v2.Txn is a carrier.
func badVersionedCarrierScope(t *carrierv2.Txn, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "t"$`
}

// badVersionedSubpackageCarrierScope: carrier/v2/sub.Txn matches too (path + "/v" + digit…).
func badVersionedSubpackageCarrierScope(t *v2sub.Txn, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "t"$`
}

// goodSubpackageCarrierNoScope: carrier/sub.Txn is not a carrier.
func goodSubpackageCarrierNoScope(t *sub.Txn, g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}

// goodNonDigitVersionNoScope: carrier/vx.Txn is not a carrier.
func goodNonDigitVersionNoScope(t *vx.Txn, g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}

// goodLongerElementNoScope: carrierx.Txn is not a carrier.
func goodLongerElementNoScope(t *carrierx.Txn, g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}
