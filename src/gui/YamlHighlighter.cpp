#include "gui/YamlHighlighter.h"

namespace Berth::Gui {

namespace {

QTextCharFormat textFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
{
    // Two palettes with enough contrast on their backgrounds (light: white, dark: #1f2124).
    const QColor key = dark ? QColor(0x7a, 0xb4, 0xff) : QColor(0x1d, 0x4e, 0xd8);
    const QColor string = dark ? QColor(0x9c, 0xdc, 0x8f) : QColor(0x15, 0x7f, 0x3b);
    const QColor number = dark ? QColor(0xf0, 0xb4, 0x6c) : QColor(0xb4, 0x53, 0x09);
    const QColor anchor = dark ? QColor(0xd6, 0x9c, 0xf5) : QColor(0x7e, 0x22, 0xce);
    const QColor erb = dark ? QColor(0xff, 0x8f, 0xa3) : QColor(0xbe, 0x12, 0x3c);
    const QColor comment = dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6b, 0x72, 0x80);

    m_rules = {
        {QRegularExpression(QStringLiteral("^\\s*(?:- )?[^\\s#:][^#:]*(?=:(?:\\s|$))")),
         textFormat(key, true)},
        {QRegularExpression(QStringLiteral(":\\s+-?\\d+(?:\\.\\d+)?\\s*(?:#.*)?$")),
         textFormat(number)},
        {QRegularExpression(QStringLiteral("\\b(?:true|false|yes|no|null)\\b")),
         textFormat(number)},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'")),
         textFormat(string)},
        {QRegularExpression(QStringLiteral("[&*][A-Za-z0-9_-]+|<<")), textFormat(anchor)},
        {QRegularExpression(QStringLiteral("(?:^|\\s)#.*$")), textFormat(comment, false, true)},
        {QRegularExpression(QStringLiteral("<%.*?%>")), textFormat(erb, true)},
    };
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            setFormat(static_cast<int>(match.capturedStart()),
                      static_cast<int>(match.capturedLength()), rule.format);
        }
    }
}

} // namespace Berth::Gui
