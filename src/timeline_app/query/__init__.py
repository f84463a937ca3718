"""Which events: columns, masks, the one filter, the event table, the interval index, density."""
