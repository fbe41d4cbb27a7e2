// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace Omnitote {

/** Which screen the kiosk shows. Kept in C++ so scans, sessions, tests and the screenshot tour can steer it.
 */
class NavigationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NavigationController is created by the application")
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
public:
    enum class Screen { Attract, Product, Search, Tote, Checkout };
    Q_ENUM(Screen)

    using QObject::QObject;

    Screen screen() const { return m_screen; }
    Q_INVOKABLE void show(Screen screen);
    Q_INVOKABLE void showAttract() { show(Screen::Attract); }
    Q_INVOKABLE void showProduct() { show(Screen::Product); }
    Q_INVOKABLE void showSearch() { show(Screen::Search); }
    Q_INVOKABLE void showTote() { show(Screen::Tote); }
    Q_INVOKABLE void showCheckout() { show(Screen::Checkout); }

Q_SIGNALS:
    void screenChanged();

private:
    Screen m_screen = Screen::Attract;
};

} // namespace Omnitote
