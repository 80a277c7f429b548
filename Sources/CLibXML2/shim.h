#ifndef TICKMARK_CLIBXML2_SHIM_H
#define TICKMARK_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its UErrorCode clashes with Foundation's _FoundationICU
   module in a clean build. Nothing here needs ICU, so keep its headers out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as unsafe; call it through here.
static inline void tickmark_xml_free(void *p) { xmlFree(p); }
#endif
