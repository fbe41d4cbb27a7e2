// SPDX-License-Identifier: MIT
#include "democatalog.h"

#include <QFile>
#include <QJsonDocument>

namespace Omnitote::Testing {

DemoCatalog DemoCatalog::load(const QString &path)
{
    DemoCatalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    while (!file.atEnd()) {
        const auto line = QJsonDocument::fromJson(file.readLine()).object();
        const QString kind = line.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("retailer")) {
            catalog.retailer = line;
        } else if (kind == QLatin1String("store")) {
            catalog.stores.append(line);
        } else if (kind == QLatin1String("product")) {
            catalog.products.append(line);
            catalog.productsById.insert(line.value(QStringLiteral("id")).toString(), line);
        } else if (kind == QLatin1String("review")) {
            catalog.reviewsByProduct[line.value(QStringLiteral("productId")).toString()].append(line);
        }
    }
    return catalog;
}

} // namespace Omnitote::Testing
