"""The files users already have: spreadsheets, TimelineJS and forensic timelines.

Qt-free, like the model it builds on. Each reader turns a file into a timeline
document (the app's own JSON format, as a dict) and the problems it found, each
naming the row and column or the JSON path; ``formats.opening`` picks the reader
and builds the timeline through the same validator as the app's own files.
"""
