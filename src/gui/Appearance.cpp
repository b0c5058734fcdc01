#include "gui/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Berth::Gui {

namespace {

ColorScheme s_current = ColorScheme::System;
QString s_platformStyle; // the style Qt chose at start-up, restored by "System"

QPalette darkPalette()
{
    // Contrast ratios stay above WCAG AA (4.5:1) for text on window and base colours.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x8a, 0x8f, 0x96);
    const QColor highlight(0x3d, 0x8b, 0xfd);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(160));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace

void Appearance::apply(ColorScheme scheme)
{
    if (s_platformStyle.isEmpty() && QApplication::style())
        s_platformStyle = QApplication::style()->name();
    s_current = scheme;
    switch (scheme) {
    case ColorScheme::System:
        QApplication::setStyle(QStyleFactory::create(s_platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColorScheme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

ColorScheme Appearance::current()
{
    return s_current;
}

QString Appearance::key(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::System: return QStringLiteral("system");
    case ColorScheme::Light: return QStringLiteral("light");
    case ColorScheme::Dark: return QStringLiteral("dark");
    }
    return {};
}

std::optional<ColorScheme> Appearance::fromKey(const QString &key)
{
    for (const auto scheme : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark}) {
        if (Appearance::key(scheme).compare(key, Qt::CaseInsensitive) == 0)
            return scheme;
    }
    return std::nullopt;
}

QString Appearance::displayName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::System: return tr("&System");
    case ColorScheme::Light: return tr("&Light");
    case ColorScheme::Dark: return tr("&Dark");
    }
    return {};
}

} // namespace Berth::Gui
