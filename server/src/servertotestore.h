// SPDX-License-Identifier: MIT
#pragma once

#include "cartmerge.h"
#include "servertotetypes.h"
#include "sqlstatements.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace Omnitote::Server {

/** What a tote or cart call came to: a JSON answer, or an error the API layer turns into a problem. */
struct StoreOutcome
{
    enum class Error {
        None,
        NotFound,
        Invalid,
        Conflict,
        PreconditionFailed,
        Unprocessable,
        Forbidden,
        TooManyRequests,
        Failed
    };
    Error error = Error::None;
    QString detail;
    QJsonObject json; // the answer, or extra problem fields
    bool created = false; // createTote: a new tote (201) rather than an existing one (200)
    qint64 cartVersion = 0; // cart answers: the version for the ETag

    static StoreOutcome fail(Error error, const QString &detail, const QJsonObject &extra = {})
    {
        return {error, detail, extra, false, 0};
    }
    bool ok() const { return error == Error::None; }
};

struct CustomerRecord
{
    QString id;
    QString email;
    QString loyaltyNumber;
    QString cartId;
};

/** A live tote line as it went into an emailed list. */
struct EmailedLine
{
    QString productId;
    QString variantId;
    int qty = 0;
    qint64 unitPrice = 0;
};

/** What POST /v1/totes/{id}/email works on, inside its transaction. */
struct EmailedTote
{
    QString toteId;
    QString storeId;
    CustomerRecord customer;
    QList<EmailedLine> lines; // the tote's live lines, in tote order
};

/**
 * Totes, their idempotent op log, customers and carts, with the cart merge rules applied as tote
 * ops arrive. Every batch runs in one transaction on the catalogue storage's connection (and so
 * on its thread): a batch applies entirely or not at all.
 */
class ToteStore
{
public:
    ToteStore(QSqlDatabase &db, StatementCache &statements, QString currency);

    /** A new open tote in `storeId`; `requestedId` (optional) lets an offline kiosk pick the id. */
    StoreOutcome createTote(const QString &storeId, const QString &requestedId, const QString &deviceLabel);
    /** The tote, if it exists and belongs to `storeId` (empty: any store). */
    StoreOutcome tote(const QString &toteId, const QString &storeId);
    /** Which lines an op batch's answer lists: all live lines, or only those the batch named. */
    enum class AnswerLines { All, Changed };
    /** Applies `ops` in order in one transaction; op ids seen before are answered as they were. */
    StoreOutcome applyOps(const QString &toteId, const QString &storeId, const QList<LineOp> &ops,
                          AnswerLines answerLines = AnswerLines::All);
    /**
     * Op-log retention: open totes untouched since `cutoff` become "expired" (they take no more ops),
     * then the op log (the idempotency records) of every tote that is not open and was last changed
     * before `cutoff` is deleted. A late retry of a pruned op therefore meets a closed tote (409) and
     * is never applied twice. Returns the op records deleted, or -1 with `error`.
     */
    int pruneOpLog(const QDateTime &cutoff, QString *error);
    /** Links a verified customer; the tote's lines merge into the customer's cart. */
    StoreOutcome linkCustomer(const QString &toteId, const QString &storeId, const QString &customerId);

    std::optional<CustomerRecord> addCustomer(const QString &email, const QString &loyaltyNumber,
                                              QString *error);
    /**
     * Emailing a tote: finds or creates the (unverified) customer with `emailKey`, merges the tote's
     * live lines into their cart once per line (without linking the tote), then runs `beforeCommit`
     * (cart link, consent, outbox) in the same transaction; its failure rolls everything back.
     * `beforeCustomer`, when given, runs in that transaction once the tote is known to be there and
     * not empty, before the customer is looked up (the abuse limits: their locks also serialise two
     * requests for one new address); an outcome from it ends the request.
     */
    StoreOutcome mergeForEmail(const QString &toteId, const QString &storeId, const QString &emailKey,
                               const std::function<StoreOutcome(const EmailedTote &)> &beforeCommit,
                               const std::function<std::optional<StoreOutcome>()> &beforeCustomer = {});
    /** The customer with this address, created if need be, marked as having proved the address. */
    std::optional<CustomerRecord> verifiedCustomer(const QString &emailKey, QString *error);
    std::optional<CustomerRecord> customer(const QString &customerId);
    std::optional<CustomerRecord> customerByEmail(const QString &email);
    /** The server's QR signing key, made (256 random bits) on first use and kept in the database. */
    QByteArray qrSecret(QString *error);

    StoreOutcome cart(const QString &cartId);
    /** True when an open tote of `storeId` is linked to the cart's customer. */
    bool storeMaySeeCart(const QString &cartId, const QString &storeId);
    /** The customer's (or a linked kiosk's) edits; `expectedVersion` is the If-Match version. */
    StoreOutcome applyCartOps(const QString &cartId, qint64 expectedVersion, const QList<LineOp> &ops);

    struct ToteLine
    {
        QString lineId;
        int position = 0;
        QString productId;
        QString variantId;
        int qty = 0;
        Fulfilment fulfilment = Fulfilment::Take;
        qint64 unitPrice = 0;
        QString source;
        bool removed = false;
        QString cartLineId;
        bool cartDetached = false;
        bool isNew = false;
        bool dirty = false;
    };

private:
    struct ToteRow
    {
        QString id;
        QString storeId;
        QString pickupCode;
        QString status;
        qint64 version = 0;
        QString customerId;
        QString customerEmail;
        QString cartId;
        QString createdAt;
        QString updatedAt;
    };
    /** What a batch with adds needs to know about the tote's lines it did not load. */
    struct BatchLines
    {
        int maxPosition = 0;
        int live = 0;
    };
    /** The cart lines of one cart, loaded for a batch and written back at its end. */
    struct CartState
    {
        QString cartId;
        qint64 version = 0;
        QHash<QString, CartLine> lines; // by id
        QHash<QString, QString> idByKey; // productId + '\n' + variantId -> id
        int maxPosition = 0;
        QStringList detachedLineIds; // cart lines the customer removed in this batch
        CartLine &lineFor(const QString &productId, const QString &variantId);
    };
    struct CatalogVariant
    {
        qint64 price = 0;
        bool onlineOnly = false;
    };

    std::optional<ToteRow> loadTote(const QString &toteId);
    /** Inserts a customer and their empty cart; the caller holds the transaction. */
    std::optional<CustomerRecord> insertCustomer(const QString &email, const QString &loyaltyNumber,
                                                 const QString &now);
    std::optional<CustomerRecord> findOrInsertCustomer(const QString &emailKey, const QString &now);
    QHash<QString, ToteLine> loadToteLines(const QString &toteId, int *maxPosition);
    /** Only the lines with these ids (those a batch names). */
    bool loadToteLines(const QString &toteId, const QStringList &lineIds, QHash<QString, ToteLine> *lines);
    bool countLines(const QString &toteId, BatchLines *counts);
    /** Runs `sqlTemplate` (its %1 a list of placeholders) for `keys` 50 at a time, `leading` bound first. */
    bool forEachInChunks(const QString &sqlTemplate, const QVariantList &leading, const QStringList &keys,
                         const std::function<void(const QSqlQuery &)> &row);
    bool saveToteLines(const QString &toteId, const QHash<QString, ToteLine> &lines, const QString &now);
    bool loadCart(const QString &cartId, CartState *cart);
    bool saveCart(CartState &cart, const QString &now);
    /** Which of `ops` were applied before: opId -> (tote id, stored answer). */
    bool findAppliedOps(const QList<LineOp> &ops, QHash<QString, std::pair<QString, QString>> *seen);
    /** Records newly applied ops with their answers (few statements for a large batch). */
    bool logOps(const QString &toteId, const QList<std::pair<LineOp, QJsonObject>> &fresh,
                const QString &now);
    std::optional<CatalogVariant> catalogVariant(const QString &productId, const QString &variantId);
    /** Applies one new tote op to `lines` (and `cart` when linked); the op's answer, or an error. */
    StoreOutcome applyToteOp(const LineOp &op, QHash<QString, ToteLine> &lines, BatchLines &counts,
                             CartState *cart);
    StoreOutcome applyCartOp(const LineOp &op, CartState &cart);
    /** Maps a live tote line into the cart (a link, or an add while linked). */
    void mergeIntoCart(ToteLine &line, CartState &cart);
    /** The tote with all its live lines, or (onlyLines) those of them and the ids of the rest. */
    QJsonObject toteJson(const ToteRow &tote, const QSet<QString> *onlyLines = nullptr);
    QJsonObject cartJson(const QString &cartId, qint64 version, const QString &customerId);
    QJsonObject price(qint64 amount) const;
    StoreOutcome failed();

    QSqlDatabase &m_db;
    StatementCache &m_sql;
    QString m_currency;
};

} // namespace Omnitote::Server
