# SPDX-License-Identifier: MIT
# The tote: local store + outbox, the sync engine, the kiosk's tote model and controller, and the
# fault-injection proof against the real server behind a misbehaving proxy.
omnitote_add_test(NAME totestoretest SOURCES unit/totestoretest.cpp LIBS omnitote-tote LABELS unit)
omnitote_add_test(NAME syncenginetest SOURCES unit/syncenginetest.cpp
    LIBS omnitote-tote Qt6::HttpServer LABELS unit)
omnitote_add_test(NAME totecontrollertest SOURCES unit/totecontrollertest.cpp LIBS omnitote-kiosk LABELS unit)

