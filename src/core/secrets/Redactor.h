#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Berth::Secrets {

// Replaces secret values in text with `[secret NAME]`: the one redactor behind every log view,
// error dialog, export and the CLI.
//
// Besides the value itself it finds the forms a value takes on its way through tools: base64
// (standard and URL-safe, with and without padding, and the parts of the value that stay fixed
// when it is base64-encoded inside a longer text such as `user:password` in an HTTP Basic or
// Docker auth header) and percent-encoding (upper- and lower-case hex, `+` for space).
//
// Policy: leaking is worse than over-redacting. Every non-empty value is redacted whatever its
// length, so a one-character secret hides every occurrence of that character; the UI warns
// about such values (shortValueNames()) instead of silently exposing them. Overlapping matches
// are merged into one redacted span so no fragment of either value survives; the span is
// labelled with the longest match in it ("longest match wins"), ties by name.
//
// Immutable after construction and cheap to copy (shared data): safe to hand to worker threads.
class Redactor
{
public:
    // Values shorter than this are still redacted; shortValueNames() reports them.
    static constexpr qsizetype ShortValueLength = 4;

    Redactor();
    // name → value; empty values are ignored.
    explicit Redactor(const QHash<QString, QString> &secrets);

    [[nodiscard]] QString redact(const QString &text) const;

    [[nodiscard]] bool isEmpty() const;
    // Length of the longest text that is redacted: how much a stream must hold back (minus 1).
    [[nodiscard]] qsizetype maxMatchLength() const;
    // Names whose value is so short that redacting it will hide ordinary text too.
    [[nodiscard]] QStringList shortValueNames() const;

    [[nodiscard]] static QString marker(const QString &name);

    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0; // exclusive
        QString name;
    };
    // The merged spans redact() replaces, in order; for the streaming variant.
    [[nodiscard]] QList<Span> findSpans(QStringView text) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

// Redacts output that arrives in chunks (a live log). A value split across chunks is still
// redacted: feed() holds back at most maxMatchLength()-1 characters and flush() releases them
// at the end. The result is redact() of the whole text, except that where secrets overlap
// across a chunk boundary one merged marker may come out as two adjacent ones. Not
// thread-safe: one instance per stream.
class StreamRedactor
{
public:
    explicit StreamRedactor(Redactor redactor);

    [[nodiscard]] QString feed(const QString &chunk);
    [[nodiscard]] QString flush();
    // Characters currently held back.
    [[nodiscard]] qsizetype pending() const { return m_buffer.size(); }

private:
    [[nodiscard]] QString process(bool final);

    Redactor m_redactor;
    QString m_buffer; // received, not yet emitted
    QString m_context; // the last emitted characters (raw), to find matches that span a cut
};

} // namespace Berth::Secrets
