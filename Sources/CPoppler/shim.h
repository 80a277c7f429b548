#ifndef TICKMARK_CPOPPLER_SHIM_H
#define TICKMARK_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib-object.h>
#include <cairo.h>

/// GError's domain is a GQuark macro-built value; expose the ones we compare against.
static inline GQuark tickmark_poppler_error_quark(void) { return poppler_error_quark(); }
#endif
