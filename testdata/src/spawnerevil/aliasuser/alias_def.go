package aliasuser

import stdctx "context"

// Renamed is an alias of the context type spelled through a renamed import.
type Renamed = stdctx.Context
