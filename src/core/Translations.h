#pragma once

#include <QString>

class QCoreApplication;

namespace Berth::Translations {

// Installs Berth's embedded translation (and Qt's own, when the system has it) for the
// user's UI language (or `forcedLanguage`, e.g. "de"). Returns the language installed, or an
// empty string when no translation matches and Berth speaks its source language, English.
QString install(QCoreApplication &app, const QString &forcedLanguage = {});

} // namespace Berth::Translations
