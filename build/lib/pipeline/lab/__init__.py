"""The lab: training and evaluation, above the pipeline.

Everything here calls the objects `planpipe run` uses (`DocumentProcessor`,
`ItemClassifier`), so a figure measures what users get; nothing in the stages imports it.
"""
