// SPDX-License-Identifier: MIT
#include "languagecontroller.h"

#include <QCoreApplication>
#include <QLocale>

namespace Omnitote {

namespace {

struct Language
{
    const char *code;
    const char *nativeName;
    QLocale locale;
};

const QList<Language> &supportedLanguages()
{
    // English uses Ireland's conventions: English text with euro amounts written the European way
    // round ("€54.99"), which is what the stores' customers expect.
    static const QList<Language> all {
        {"en", "English", QLocale(QLocale::English, QLocale::Ireland)},
        {"zh_CN", "简体中文", QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)},
        {"et", "Eesti", QLocale(QLocale::Estonian, QLocale::Estonia)},
        {"pl", "Polski", QLocale(QLocale::Polish, QLocale::Poland)},
    };
    return all;
}

} // namespace

LanguageController::LanguageController(QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{ }

LanguageController::~LanguageController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QVariantList LanguageController::languages() const
{
    QVariantList list;
    for (const auto &language : supportedLanguages())
        list.append(QVariantMap {{QStringLiteral("code"), QString::fromLatin1(language.code)},
                                 {QStringLiteral("name"), QString::fromUtf8(language.nativeName)}});
    return list;
}

bool LanguageController::setLanguage(const QString &code)
{
    const auto &all = supportedLanguages();
    const auto language = std::find_if(all.begin(), all.end(),
                                       [&](const Language &l) { return code == QLatin1String(l.code); });
    if (language == all.end())
        return false;
    // English is the source language; its file only holds plural forms ("1 review", "2 reviews").
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/omnitote_%1.qm").arg(code))) {
        if (code != QLatin1String("en"))
            return false;
        translator.reset();
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(language->locale);
    m_current = code;
    if (m_engine) {
        m_engine->setUiLanguage(code);
        m_engine->retranslate();
    }
    Q_EMIT changed();
    return true;
}

} // namespace Omnitote
