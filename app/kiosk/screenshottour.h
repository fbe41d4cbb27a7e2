// SPDX-License-Identifier: MIT
#pragma once

#include "navigationcontroller.h"

#include <QObject>
#include <QSize>
#include <QTimer>

class QQuickWindow;

namespace Omnitote {

class BackendStatus;
class DisplayOptions;
class LanguageController;
class ProductController;
class ProductPage;
class SearchModel;
class SessionController;

/**
 * `omnitote --screenshots DIR`: shows every screen at both form factors (10" portrait tablet,
 * 55" landscape wall) in every language and saves each as DIR/<screen>-<form>-<language>.png;
 * then the display options (large text, high contrast, reach) on the screens they change most, as
 * DIR/<screen>-<form>-<language>-<option>.png.
 */
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QQuickWindow *window = nullptr;
        BackendStatus *backend = nullptr;
        LanguageController *languages = nullptr;
        NavigationController *navigation = nullptr;
        ProductController *products = nullptr;
        ProductPage *page = nullptr;
        SearchModel *search = nullptr;
        SessionController *session = nullptr;
        DisplayOptions *display = nullptr; // optional: without it the display-option shots are plain
    };
    struct Shot
    {
        QString screenName;
        NavigationController::Screen screen;
        QString formFactor;
        QSize size;
        QString language;
        // "" for the defaults, or the shopper's display choice shown: "large", "contrast" or "reach".
        QString display;
    };

    ScreenshotTour(Parts parts, QString directory, QString productCode, QObject *parent = nullptr);

    /** Every shot the tour takes, in order. */
    static QList<Shot> plan();
    void start();

Q_SIGNALS:
    /** All shots were saved (true) or one could not be (false, the reason logged). */
    void finished(bool ok);

private:
    void next();
    bool settled() const;
    void capture();

    Parts m_parts;
    QString m_directory;
    QString m_productCode;
    QList<Shot> m_plan;
    int m_index = -1;
    QTimer m_poll;
    int m_pollsLeft = 0;
};

} // namespace Omnitote
