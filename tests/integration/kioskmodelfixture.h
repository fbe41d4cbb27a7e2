// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "testserver.h"

#include <backendapi.h>
#include <httpclient.h>

#include <QSignalSpy>

namespace Omnitote::Testing {

/** What the kiosk model tests share: a real server with the demo catalogue and a device's API. */
struct KioskModelFixture
{
    TestServer server;
    DemoCatalog catalog;
    HttpClient http;
    BackendApi api {&http};

    /** Starts the server on SQLite; false with a reason. */
    bool start(QString *error)
    {
        if (!server.start(TestServer::Backend::Sqlite, error))
            return false;
        catalog = DemoCatalog::load();
        api.setBaseUrl(server.baseUrl());
        api.setToken(server.token(Server::Principal::Role::Device));
        return true;
    }

    /** Waits until `spy` has seen `count` signals; false after 15 s without one. */
    static bool waitFor(QSignalSpy &spy, int count = 1)
    {
        while (spy.size() < count) {
            if (!spy.wait(15000))
                return false;
        }
        return true;
    }
};

} // namespace Omnitote::Testing
