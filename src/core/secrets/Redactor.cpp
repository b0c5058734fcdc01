#include "core/secrets/Redactor.h"

#include <QByteArray>
#include <QMap>
#include <QUrl>

#include <algorithm>

namespace Berth::Secrets {

namespace {

// Base64 of `value` as it appears inside a longer base64 text where the value starts `shift`
// bytes (0..2) into a 3-byte group: only the characters made of the value's bits alone. This
// catches `user:password` encoded as one blob, where the password's own base64 never appears.
QString alignedBase64Core(const QByteArray &value, int shift, QByteArray::Base64Options options)
{
    QByteArray padded(shift, '\0');
    padded += value;
    padded += QByteArray(2, '\0');
    const QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype prefixBits = qsizetype(8) * shift;
    const qsizetype valueBits = qsizetype(8) * value.size();
    const qsizetype first = (prefixBits + 5) / 6; // first character with no bit of the prefix
    const qsizetype last = (prefixBits + valueBits) / 6; // one past the last within the value
    if (last <= first)
        return {};
    return QString::fromLatin1(encoded.mid(first, last - first));
}

QStringList encodedForms(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QStringList forms;
    for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        forms.append(QString::fromLatin1(utf8.toBase64(alphabet)));
        forms.append(QString::fromLatin1(utf8.toBase64(alphabet | QByteArray::OmitTrailingEquals)));
        for (int shift = 0; shift < 3; ++shift) {
            // A core shorter than a few characters matches random base64 everywhere and says
            // little about the value; the value's full encodings above are always redacted.
            const QString core = alignedBase64Core(utf8, shift, alphabet);
            if (core.size() >= Redactor::ShortValueLength)
                forms.append(core);
        }
    }
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(value));
    forms.append(percent);
    QString lowerHex = percent;
    for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
        if (lowerHex.at(i) == u'%') {
            lowerHex[i + 1] = lowerHex.at(i + 1).toLower();
            lowerHex[i + 2] = lowerHex.at(i + 2).toLower();
        }
    }
    forms.append(lowerHex);
    // application/x-www-form-urlencoded writes a space as '+'.
    forms.append(QString(percent).replace(QLatin1String("%20"), QLatin1String("+")));
    return forms;
}

} // namespace

struct Redactor::Data
{
    struct Pattern
    {
        QString text;
        QString name;
    };
    QList<Pattern> patterns;
    // First UTF-16 unit → indices into `patterns`, longest first: the first hit is the longest.
    QHash<char16_t, QList<qsizetype>> byFirstUnit;
    qsizetype maxLength = 0;
    QStringList shortNames;
};

Redactor::Redactor()
    : m_data(std::make_shared<const Data>())
{ }

Redactor::Redactor(const QHash<QString, QString> &secrets)
{
    auto data = std::make_shared<Data>();
    // Sorted by name so that a text shared by two values always gets the same label.
    QMap<QString, QString> sorted;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            sorted.insert(it.key(), it.value());
    }
    QHash<QString, qsizetype> seen;
    auto add = [&](const QString &text, const QString &name) {
        if (text.isEmpty() || seen.contains(text))
            return;
        seen.insert(text, data->patterns.size());
        data->patterns.append({text, name});
    };
    for (auto it = sorted.cbegin(); it != sorted.cend(); ++it)
        add(it.value(), it.key()); // literal values first: they win a shared text
    for (auto it = sorted.cbegin(); it != sorted.cend(); ++it) {
        const QStringList forms = encodedForms(it.value());
        for (const QString &form : forms)
            add(form, it.key());
        if (it.value().size() < ShortValueLength)
            data->shortNames.append(it.key());
    }
    for (qsizetype i = 0; i < data->patterns.size(); ++i) {
        const QString &text = data->patterns.at(i).text;
        data->byFirstUnit[text.front().unicode()].append(i);
        data->maxLength = std::max(data->maxLength, text.size());
    }
    for (auto &indices : data->byFirstUnit) {
        std::stable_sort(indices.begin(), indices.end(), [&data](qsizetype a, qsizetype b) {
            return data->patterns.at(a).text.size() > data->patterns.at(b).text.size();
        });
    }
    m_data = std::move(data);
}

bool Redactor::isEmpty() const
{
    return m_data->patterns.isEmpty();
}

qsizetype Redactor::maxMatchLength() const
{
    return m_data->maxLength;
}

QStringList Redactor::shortValueNames() const
{
    return m_data->shortNames;
}

QString Redactor::marker(const QString &name)
{
    return QStringLiteral("[secret %1]").arg(name);
}

QList<Redactor::Span> Redactor::findSpans(QStringView text) const
{
    QList<Span> spans;
    if (m_data->patterns.isEmpty())
        return spans;
    qsizetype bestLength = 0; // of the longest match in the open span, for its label
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto candidates = m_data->byFirstUnit.constFind(text.at(i).unicode());
        if (candidates == m_data->byFirstUnit.constEnd())
            continue;
        for (const qsizetype index : *candidates) {
            const Data::Pattern &pattern = m_data->patterns.at(index);
            if (!text.mid(i).startsWith(pattern.text))
                continue;
            const qsizetype end = i + pattern.text.size();
            if (!spans.isEmpty() && i < spans.constLast().end) {
                // Overlaps the open span: merge, so no fragment of either value survives.
                Span &open = spans.last();
                open.end = std::max(open.end, end);
                if (pattern.text.size() > bestLength) {
                    bestLength = pattern.text.size();
                    open.name = pattern.name;
                }
            } else {
                spans.append({i, end, pattern.name});
                bestLength = pattern.text.size();
            }
            break; // the rest are shorter matches at the same place
        }
    }
    return spans;
}

QString Redactor::redact(const QString &text) const
{
    const QList<Span> spans = findSpans(text);
    if (spans.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const Span &span : spans) {
        out.append(QStringView(text).mid(pos, span.start - pos));
        out.append(marker(span.name));
        pos = span.end;
    }
    out.append(QStringView(text).mid(pos));
    return out;
}

StreamRedactor::StreamRedactor(Redactor redactor)
    : m_redactor(std::move(redactor))
{ }

QString StreamRedactor::feed(const QString &chunk)
{
    m_buffer.append(chunk);
    return process(false);
}

QString StreamRedactor::flush()
{
    return process(true);
}

QString StreamRedactor::process(bool final)
{
    const qsizetype maxLength = m_redactor.maxMatchLength();
    if (maxLength == 0) {
        QString out = m_buffer;
        m_buffer.clear();
        return out;
    }
    // `m_context` is raw text already emitted. Looking at it again finds a match that began
    // inside a redacted span and reaches into the new text: that part becomes a marker too.
    const QString text = m_context + m_buffer;
    const qsizetype base = m_context.size();
    const qsizetype size = text.size();
    // A match that starts before `cut` ends within the text: everything before it is decided.
    qsizetype cut = final ? size : size - (maxLength - 1);
    if (cut <= base)
        return {};
    const QList<Redactor::Span> spans = m_redactor.findSpans(text);
    QString out;
    qsizetype pos = base;
    for (const Redactor::Span &span : spans) {
        if (span.end <= base)
            continue;
        if (span.start >= cut)
            break;
        // A span that crosses the cut is emitted whole (its text is all here). Should a match
        // not yet complete overlap its end, that match starts inside the redacted span and is
        // caught through m_context next time, so nothing is held back beyond maxLength - 1.
        out.append(QStringView(text).mid(pos, std::max(span.start, base) - pos));
        out.append(Redactor::marker(span.name));
        pos = span.end;
    }
    cut = std::max(cut, pos);
    out.append(QStringView(text).mid(pos, cut - pos));
    const qsizetype contextStart = std::max<qsizetype>(0, cut - (maxLength - 1));
    m_context = final ? QString() : text.mid(contextStart, cut - contextStart);
    m_buffer = text.mid(cut);
    return out;
}

} // namespace Berth::Secrets
