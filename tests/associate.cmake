# SPDX-License-Identifier: MIT
# Associate mode and "finish at checkout" (issue 8, app side): the models on the documented answers,
# the barcode image provider read back by our own decoder, and both apps end to end on a real server.
omnitote_add_test(NAME associatemodelstest SOURCES associate/associatemodelstest.cpp
    LIBS omnitote-kiosk LABELS unit)

omnitote_add_test(NAME barcodeimageprovidertest SOURCES associate/barcodeimageprovidertest.cpp
    LIBS omnitote-testsupport omnitote-kiosk omnitote-barcode LABELS integration
    ENVIRONMENT ${OMNITOTE_DECODER_ENV})
add_dependencies(barcodeimageprovidertest omnitote-decoder)

