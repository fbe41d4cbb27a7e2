// SPDX-License-Identifier: MIT
#include "screenshottour.h"

#include "availabilitymodel.h"
#include "backendstatus.h"
#include "displayoptions.h"
#include "languagecontroller.h"
#include "productcontroller.h"
#include "productpage.h"
#include "relatedmodel.h"
#include "reviewmodel.h"
#include "searchmodel.h"
#include "sessioncontroller.h"

#include <QDir>
#include <QLoggingCategory>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcScreenshots, "omnitote.screenshots")

namespace Omnitote {

namespace {
constexpr int pollMs = 100;
constexpr int settleLimitMs = 15000; // a screen that never settles is shot anyway, and said so
constexpr int paintDelayMs = 700; // async images decode and the layout finishes after the data
} // namespace

ScreenshotTour::ScreenshotTour(Parts parts, QString directory, QString productCode, QObject *parent)
    : QObject(parent), m_parts(parts), m_directory(std::move(directory)),
      m_productCode(std::move(productCode)), m_plan(plan())
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (settled() || --m_pollsLeft <= 0) {
            if (!settled())
                qCWarning(lcScreenshots) << "screen did not settle; shooting it anyway";
            m_poll.stop();
            QTimer::singleShot(paintDelayMs, this, &ScreenshotTour::capture);
        }
    });
}

QList<ScreenshotTour::Shot> ScreenshotTour::plan()
{
    using Screen = NavigationController::Screen;
    const QList<QPair<QString, Screen>> screens {{QStringLiteral("attract"), Screen::Attract},
                                                 {QStringLiteral("product"), Screen::Product},
                                                 {QStringLiteral("search"), Screen::Search}};
    const QList<QPair<QString, QSize>> forms {{QStringLiteral("tablet"), QSize(800, 1280)},
                                              {QStringLiteral("wall"), QSize(1920, 1080)}};
    const QStringList languages {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("et"),
                                 QStringLiteral("pl")};
    QList<Shot> shots;
    for (const auto &language : languages) {
        for (const auto &form : forms) {
            for (const auto &screen : screens)
                shots.append({screen.first, screen.second, form.first, form.second, language, {}});
        }
    }
    // Large text where words are longest (Polish) and shortest (English), contrast on both forms,
    // and reach on the wall, where it matters.
    const auto &tablet = forms.at(0);
    const auto &wall = forms.at(1);
    const auto &product = screens.at(1);
    const auto &search = screens.at(2);
    const QString large = QStringLiteral("large");
    const QString contrast = QStringLiteral("contrast");
    const QString reach = QStringLiteral("reach");
    for (const auto &language : {QStringLiteral("en"), QStringLiteral("pl")}) {
        for (const auto &form : forms)
            shots.append({product.first, product.second, form.first, form.second, language, large});
    }
    shots.append(
        {product.first, product.second, tablet.first, tablet.second, QStringLiteral("en"), contrast});
    shots.append({search.first, search.second, wall.first, wall.second, QStringLiteral("en"), contrast});
    shots.append({product.first, product.second, wall.first, wall.second, QStringLiteral("en"), reach});
    shots.append({search.first, search.second, wall.first, wall.second, QStringLiteral("en"), reach});
    return shots;
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcScreenshots) << "cannot create" << m_directory;
        Q_EMIT finished(false);
        return;
    }
    // Wait for the backend, then look the product up once; every product shot shows it.
    auto *waitForBackend = new QTimer(this);
    waitForBackend->setInterval(pollMs);
    connect(waitForBackend, &QTimer::timeout, this, [this, waitForBackend] {
        if (m_parts.backend->state() == BackendStatus::State::Starting)
            return;
        waitForBackend->deleteLater();
        m_parts.products->lookup(m_productCode);
        m_parts.search->searchNow();
        next();
    });
    waitForBackend->start();
}

void ScreenshotTour::next()
{
    if (++m_index >= m_plan.size()) {
        Q_EMIT finished(true);
        return;
    }
    const Shot &shot = m_plan.at(m_index);
    m_parts.session->activity(); // a long tour must not run into "Still there?"
    m_parts.window->resize(shot.size);
    m_parts.languages->setLanguage(shot.language);
    if (DisplayOptions *display = m_parts.display) {
        display->setLargeText(shot.display == QLatin1String("large"));
        display->setHighContrast(shot.display == QLatin1String("contrast"));
        display->setReachable(shot.display == QLatin1String("reach"));
    }
    m_parts.navigation->show(shot.screen);
    m_pollsLeft = settleLimitMs / pollMs;
    m_poll.start();
}

bool ScreenshotTour::settled() const
{
    const ProductPage *page = m_parts.page;
    return m_parts.products->status() != ProductController::Status::Loading
        && !page->availability()->loading() && !page->reviews()->loading() && !page->related()->loading()
        && !m_parts.search->loading();
}

void ScreenshotTour::capture()
{
    const Shot &shot = m_plan.at(m_index);
    QString name = QStringLiteral("%1-%2-%3").arg(shot.screenName, shot.formFactor, shot.language);
    if (!shot.display.isEmpty())
        name += QLatin1Char('-') + shot.display;
    const QString file = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!m_parts.window->grabWindow().save(file)) {
        qCWarning(lcScreenshots) << "could not save" << file;
        Q_EMIT finished(false);
        return;
    }
    qCInfo(lcScreenshots) << "saved" << file;
    next();
}

} // namespace Omnitote
