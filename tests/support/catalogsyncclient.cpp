// SPDX-License-Identifier: MIT
// Test helper: loads the offline catalogue from a server into a cache file, printing one line per page
// applied, so a test can SIGKILL it mid-load and start it again.
//   catalogsyncclient CACHE_FILE BASE_URL TOKEN PAGE_SIZE
#include <catalogservice.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Omnitote;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: catalogsyncclient CACHE_FILE BASE_URL TOKEN PAGE_SIZE\n");
        return 2;
    }
    CatalogSyncSettings settings;
    settings.path = args.at(1);
    settings.baseUrl = QUrl(args.at(2));
    settings.token = args.at(3);
    settings.pageSize = args.at(4).toInt();
    settings.retryMs = 100;
    CatalogService service;
    QObject::connect(&service, &CatalogService::pageApplied, [](qint64 products, qint64 cursor) {
        std::printf("page %lld %lld\n", static_cast<long long>(products), static_cast<long long>(cursor));
        std::fflush(stdout);
    });
    QObject::connect(&service, &CatalogService::synced, &app, [&service] {
        std::printf("synced %lld\n", static_cast<long long>(service.productCount()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    service.start(settings);
    return app.exec();
}
