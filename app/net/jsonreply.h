// SPDX-License-Identifier: MIT
#pragma once

#include "httpreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Omnitote {

/** Why a REST call failed, in a form the UI can show: RFC 9457 problem details or a transport error. */
struct ApiError
{
    int status = 0; // HTTP status; 0 when no response arrived
    QString title;
    QString detail;
    QString type;
    QJsonObject problem; // the whole problem object, for extension members such as "errors"
    HttpReply::Error transport = HttpReply::Error::None;

    // detail, else title, else "HTTP <status>".
    QString message() const;
};

/** A decoded JSON reply: the document on success, otherwise the error. */
struct ApiResult
{
    QJsonDocument json; // null for an empty 2xx body such as 204 No Content
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};

// Call after finished(): 2xx + JSON (or an empty body) succeeds; anything else becomes an ApiError.
ApiResult decodeJsonReply(const HttpReply &reply);

} // namespace Omnitote
