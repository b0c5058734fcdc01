#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Berth::Translations {

QString install(QCoreApplication &app, const QString &forcedLanguage)
{
    const QLocale locale = forcedLanguage.isEmpty() ? QLocale() : QLocale(forcedLanguage);

    // The translators live as long as the application; parenting them to it frees them.
    auto *berth = new QTranslator(&app);
    // Without a translation for the locale (a French desktop, or LANG=C in a script), English:
    // the source texts read "%n host(s)", and only the English catalogue says "2 hosts".
    if (!berth->load(locale, QStringLiteral("berth"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !berth->load(QStringLiteral("berth_en"), QStringLiteral(":/i18n"))) {
        delete berth;
        return {};
    }
    QCoreApplication::installTranslator(berth);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return berth->language();
}

} // namespace Berth::Translations
