#pragma once

#include "core/config/YamlTree.h"

#include <QJsonValue>
#include <QString>

namespace Berth::Config {

// The value as JSON, typed the way Psych types it (integers, booleans, null, strings).
[[nodiscard]] QJsonValue toJson(const YamlNodePtr &node);

// The value as block-style YAML (used to show an effective configuration, never to rewrite a
// user's file: edits go through YamlEditor). `indent` is the indentation of nested lines.
[[nodiscard]] QString toYaml(const YamlNodePtr &node, int indent = 0);

} // namespace Berth::Config
