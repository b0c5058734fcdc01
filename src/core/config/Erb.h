#pragma once

#include "core/config/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace Berth::Config {

// What an ERB rendering may read. Kamal renders with the process environment, after setting or
// clearing KAMAL_DESTINATION (reference §1.1); the caller composes the lookup (project
// variables from the keychain first, then the process environment).
struct ErbContext
{
    // The value of an environment variable; nullopt when it is not set (Ruby's nil). Never
    // consulted for KAMAL_DESTINATION, which Kamal itself sets from the destination.
    std::function<std::optional<QString>(const QString &name)> variable;
    // ENV["KAMAL_DESTINATION"]; empty means unset, as Kamal clears it without a destination.
    QString destination;
    // Reads a .env-style file relative to the project folder for `Dotenv.load(...)` and
    // `require "dotenv/load"`: name/value pairs in file order, nullopt when the file does not
    // exist (dotenv ignores missing files). When unset, Dotenv tags are left to Ruby.
    std::function<std::optional<QList<std::pair<QString, QString>>>(const QString &relativePath)>
        loadDotenv;
};

// One `<% … %>` tag of a template and what became of it.
struct ErbTag
{
    enum class Kind {
        Output, // <%= … %>
        Code, // <% … %> and <%- … %>
        Comment, // <%# … %>
    };
    enum class Status {
        Evaluated, // Berth computed exactly what Ruby computes
        Skipped, // in a branch of an `if` that Ruby does not take: not run, no output
        ComputedByRuby, // not evaluated; an output tag is kept verbatim in the rendered text
        Failed, // Ruby raises here (KeyError, NoMethodError)
    };

    Kind kind = Kind::Code;
    Status status = Status::Evaluated;
    // [start, end) of the tag in the template, from "<%" to "%>" inclusive. Indentation that
    // `<%-` removes and the newline that `-%>` swallows lie outside; they map to no output.
    qsizetype templateStart = 0;
    qsizetype templateEnd = 0;
    // [start, end) of what the tag produced in the rendered text (empty for code tags).
    qsizetype renderedStart = 0;
    qsizetype renderedEnd = 0;
    int line = 0; // 1-based position of "<%" in the template
    int column = 0; // 1-based, in UTF-16 code units like the rest of Berth's locations
    QString code; // the Ruby inside the tag, trimmed
    QString value; // what an Output tag put into the rendered text
    QStringList variables; // ENV names the tag reads, in order, without repeats
};

struct ErbResult
{
    // One stretch of template text copied unchanged into the rendered text.
    struct Span
    {
        qsizetype templateStart = 0;
        qsizetype renderedStart = 0;
        qsizetype length = 0;
    };

    QString text; // the rendered text, ready for the YAML parser
    QList<ErbTag> tags;
    Diagnostics diagnostics; // positions are in the template
    // Every ENV name the template refers to, in order, without repeats, for the Secrets page.
    // KAMAL_DESTINATION is left out: Kamal sets it, the user cannot.
    QStringList variables;
    // Variables that `Dotenv.load` set during rendering (those not set before). Kamal renders
    // the base and the destination file in one process, so pass these on to the next file.
    QList<std::pair<QString, QString>> dotenvVariables;
    // The copied stretches, in order; the offset functions below are built on them.
    QList<Span> spans;
    qsizetype templateSize = 0;

    // True when every tag was evaluated exactly (or skipped, or a comment): the text is what
    // Kamal would render with the same environment.
    [[nodiscard]] bool complete() const;

    // An offset in `text` mapped to the template: copied text maps 1:1, an offset inside a
    // tag's output maps to the tag's templateStart, text.size() maps to the template's end.
    [[nodiscard]] qsizetype templateOffset(qsizetype renderedOffset) const;
    // Like templateOffset(), but nullopt inside a tag's output: that text is computed, so it
    // has no place in the template where it could be edited.
    [[nodiscard]] std::optional<qsizetype> exactTemplateOffset(qsizetype renderedOffset) const;
    // The inverse for copied text: nullopt when `templateOffset` is inside a tag or was
    // trimmed away (indentation before `<%-`, the newline after `-%>`, an untaken branch).
    [[nodiscard]] std::optional<qsizetype> renderedOffset(qsizetype templateOffset) const;
};

// Renders `templateText` as Kamal does, `ERB.new(text, trim_mode: "-").result`, without Ruby:
// the ERB scanner is reproduced exactly, and the Ruby inside tags is evaluated only for the
// subset real deploy.yml files use (ENV lookups, ENV.fetch with defaults, `||`, `&&`, `!`,
// `==`, `!=`, .strip, .to_s, string interpolation, if/unless/elsif/else/end, require "dotenv",
// Dotenv.load). Anything else is never guessed: the tag is marked ComputedByRuby, an output
// tag stays in the text verbatim, and a Warning says so. Linear in the size of the template;
// safe on any input. `fileName` only labels diagnostics.
[[nodiscard]] ErbResult renderErb(const QString &templateText, const QString &fileName,
                                  const ErbContext &context);

} // namespace Berth::Config
