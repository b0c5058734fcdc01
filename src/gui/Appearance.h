#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Berth::Gui {

// Light or dark look. Qt 6.4 does not follow the desktop's dark mode everywhere, so the user
// can choose; "System" keeps the platform's own style and palette.
enum class ColorScheme { System, Light, Dark };

class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    // Applies the scheme to the running QApplication (style and palette).
    static void apply(ColorScheme scheme);
    [[nodiscard]] static ColorScheme current();

    [[nodiscard]] static QString key(ColorScheme scheme);
    [[nodiscard]] static std::optional<ColorScheme> fromKey(const QString &key);
    [[nodiscard]] static QString displayName(ColorScheme scheme);
};

} // namespace Berth::Gui
