"""Where events go, in pixels: the time scale, ticks, lanes, the shown set and the frame builder."""
