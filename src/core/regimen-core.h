/* regimen-core.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-check-summary.h"
#include "regimen-checker.h"
#include "regimen-acknowledgement.h"
#include "regimen-decimal.h"
#include "regimen-diagnostic.h"
#include "regimen-document.h"
#include "regimen-done.h"
#include "regimen-done-view.h"
#include "regimen-exercise.h"
#include "regimen-ical.h"
#include "regimen-id.h"
#include "regimen-log.h"
#include "regimen-log-csv.h"
#include "regimen-custom-exercises.h"
#include "regimen-library.h"
#include "regimen-library-search.h"
#include "regimen-metrics.h"
#include "regimen-muscle.h"
#include "regimen-plan.h"
#include "regimen-plan-blocks.h"
#include "regimen-plan-diff.h"
#include "regimen-plan-reader.h"
#include "regimen-plan-view.h"
#include "regimen-plan-types.h"
#include "regimen-plan-writer.h"
#include "regimen-pose.h"
#include "regimen-progression.h"
#include "regimen-autosave.h"
#include "regimen-exercise-item.h"
#include "regimen-file-util.h"
#include "regimen-prescription-text.h"
#include "regimen-problem-list.h"
#include "regimen-rules.h"
#include "regimen-session-state.h"
#include "regimen-templates.h"
#include "regimen-week-summary.h"
#include "regimen-weekday.h"
