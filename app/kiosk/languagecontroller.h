// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

#include <memory>

namespace Omnitote {

/** The kiosk's language, switchable at run time from any screen: translations, and the locale prices use. */
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LanguageController is created by the application")
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
public:
    explicit LanguageController(QQmlEngine *engine, QObject *parent = nullptr);
    ~LanguageController() override;

    QString current() const { return m_current; }
    /** [{code, name}] with each name written in its own language. */
    QVariantList languages() const;

    /** "en", "zh_CN", "et" or "pl"; false (nothing changes) for anything else. */
    Q_INVOKABLE bool setLanguage(const QString &code);

Q_SIGNALS:
    void changed();

private:
    QQmlEngine *m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_current = QStringLiteral("en");
};

} // namespace Omnitote
